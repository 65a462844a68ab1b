import { expect, test, vi } from 'vitest'
import { languageKey, storeLanguage } from './storage.ts'

test('remembers the interface language', () => {
  expect(storeLanguage('en')).toBe(true)
  expect(localStorage.getItem(languageKey)).toBe('en')
})

test('says so, and carries on, when storage throws', () => {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  expect(storeLanguage('ru')).toBe(false)
})
