import { expect, test } from 'vitest'
import { languageOfVisit } from './language-of-visit.ts'

function visit(
  url: string,
  { stored = null, browser = 'en-US' }: { stored?: string | null; browser?: string } = {},
) {
  const { pathname, search } = new URL(url, 'http://127.0.0.1')
  const localStorage = { getItem: () => stored } as unknown as Storage
  return languageOfVisit(
    {
      location: { pathname, search } as Location,
      navigator: { language: browser } as Navigator,
      localStorage,
    },
    'tandem:language',
  )
}

test('?lang= wins over the page, the saved choice and the browser', () => {
  expect(visit('/en/?lang=ru', { stored: 'en', browser: 'en-GB' })).toBe('ru')
  expect(visit('/?lang=EN', { stored: 'ru', browser: 'ru-RU' })).toBe('en')
})

test('the /en/ page is English', () => {
  expect(visit('/en/', { stored: 'ru', browser: 'ru-RU' })).toBe('en')
  expect(visit('/en', { browser: 'ru-RU' })).toBe('en')
  expect(visit('/english/', { browser: 'ru-RU' })).toBe('ru')
})

test('then the saved choice, then the browser language', () => {
  expect(visit('/', { stored: 'en', browser: 'ru-RU' })).toBe('en')
  expect(visit('/', { browser: 'ru-KZ' })).toBe('ru')
  expect(visit('/', { browser: 'uz-UZ' })).toBe('en')
  expect(visit('/', { browser: '' })).toBe('en')
})

test('an unknown ?lang= and a corrupt saved value fall through', () => {
  expect(visit('/?lang=de', { stored: '{"broken', browser: 'ru' })).toBe('ru')
})

test('storage that throws is ignored', () => {
  const throwing = {
    location: { pathname: '/', search: '' } as Location,
    navigator: { language: 'ru-RU' } as Navigator,
    get localStorage(): Storage {
      throw new DOMException('denied', 'SecurityError')
    },
  }
  expect(languageOfVisit(throwing, 'tandem:language')).toBe('ru')
})
