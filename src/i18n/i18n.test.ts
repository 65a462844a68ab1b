import { expect, test } from 'vitest'
import { createI18n, switchLanguage } from './i18n.ts'
import { ru } from './locales/ru.ts'

test('the last language asked for wins, even if an earlier one loads later', async () => {
  const i18n = createI18n('ru', { ru })
  // English must load first; Russian is here. Back to Russian is asked for meanwhile.
  const toEnglish = switchLanguage(i18n, 'en')
  const backToRussian = switchLanguage(i18n, 'ru')
  await Promise.all([toEnglish, backToRussian])
  expect(i18n.language).toBe('ru')
  expect(i18n.t('language.label')).toBe('Язык')

  await switchLanguage(i18n, 'en')
  expect(i18n.t('language.label')).toBe('Language')
})
