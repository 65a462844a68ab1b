import { expect, test } from 'vitest'
import { formatArticleDate } from './language.ts'

test('formats the publication day in each interface language', () => {
  expect(formatArticleDate('2025-11-14', 'ru')).toBe('14 ноября 2025 г.')
  expect(formatArticleDate('2025-11-14', 'en')).toBe('November 14, 2025')
})
