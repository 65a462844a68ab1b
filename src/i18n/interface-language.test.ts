import { expect, test } from 'vitest'
import { createI18n } from './i18n.ts'
import { cachedT } from './interface-language.tsx'
import { en } from './locales/en.ts'

test('the cached t answers each key and its options as i18next does, again and again', () => {
  const t = createI18n('en', { en }).getFixedT('en')
  const cached = cachedT(t)
  for (let round = 0; round < 2; round++) {
    expect(cached('language.label')).toBe('Language')
    expect(cached('speakers.quoteCount', { count: 1 })).toBe('1 quote')
    expect(cached('speakers.quoteCount', { count: 2 })).toBe('2 quotes')
    expect(cached('article.reportedBy', { name: 'Ravshan Nazarov' })).toBe(
      'Reported speech: Ravshan Nazarov',
    )
    expect(cached('article.reportedBy', { name: 'Farkhod Tolipov' })).toBe(
      t('article.reportedBy', { name: 'Farkhod Tolipov' }),
    )
  }
})
