import { expect, test, vi } from 'vitest'
import { readStoredLanguage, storeLanguage } from './storage.ts'

test('remembers the interface language', () => {
  storeLanguage('en')
  expect(readStoredLanguage()).toBe('en')
})

test('ignores a corrupt saved value', () => {
  localStorage.setItem('tandem:language', '{"lang":')
  expect(readStoredLanguage()).toBeNull()
})

test('works on when storage throws', () => {
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError')
  })
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  expect(() => storeLanguage('ru')).not.toThrow()
  expect(readStoredLanguage()).toBeNull()
})
