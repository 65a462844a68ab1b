import { expect, test } from 'vitest'
import { interfaceLang, setInterfaceLang, t } from './i18n.ts'

test('strings follow the interface language, plurals and interpolation included', () => {
  setInterfaceLang('ru')
  expect(interfaceLang()).toBe('ru')
  expect(t('speakers.quoteCount', { count: 1 })).toBe('1 цитата')
  expect(t('speakers.quoteCount', { count: 3 })).toBe('3 цитаты')
  expect(t('speakers.quoteCount', { count: 5 })).toBe('5 цитат')
  setInterfaceLang('en')
  expect(interfaceLang()).toBe('en')
  expect(t('speakers.quoteCount', { count: 1 })).toBe('1 quote')
  expect(t('status.shown', { shown: 2, count: 6 })).toBe('Showing 2 of 6 quotes')
})

test('either language’s strings are at hand whatever the interface language', () => {
  setInterfaceLang('ru')
  expect(i18nFixed('en')('notes.kind.place')).toBe('Place')
  expect(i18nFixed('ru')('notes.kind.place')).toBe('Место')
})

function i18nFixed(lang: 'ru' | 'en') {
  return (key: 'notes.kind.place') => t(key, { lng: lang })
}
