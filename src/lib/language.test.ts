import { expect, test } from 'vitest'
import { formatArticleDate, resolveLanguage } from './language.ts'

test('the URL wins over the saved choice, which wins over the browser', () => {
  expect(resolveLanguage({ fromUrl: 'en', stored: 'ru', browser: 'ru-RU' })).toBe('en')
  expect(resolveLanguage({ fromUrl: null, stored: 'en', browser: 'ru-RU' })).toBe('en')
  expect(resolveLanguage({ fromUrl: null, stored: null, browser: 'ru-KZ' })).toBe('ru')
})

test('any browser language but Russian reads in English', () => {
  expect(resolveLanguage({ fromUrl: null, stored: null, browser: 'RU' })).toBe('ru')
  expect(resolveLanguage({ fromUrl: null, stored: null, browser: 'uz-UZ' })).toBe('en')
  expect(resolveLanguage({ fromUrl: null, stored: null, browser: undefined })).toBe('en')
})

test('formats the publication day in each interface language', () => {
  expect(formatArticleDate('2025-11-14', 'ru')).toBe('14 ноября 2025 г.')
  expect(formatArticleDate('2025-11-14', 'en')).toBe('November 14, 2025')
})
