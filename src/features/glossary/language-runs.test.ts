import { expect, test } from 'vitest'
import { splitLanguageRuns } from './language-runs.ts'

test('sets Russian apart in an English note', () => {
  expect(splitLanguageRuns('The text has «в Хиву», “to Khiva”.', 'en')).toEqual([
    { text: 'The text has «', lang: null },
    { text: 'в Хиву', lang: 'ru' },
    { text: '», “to Khiva”.', lang: null },
  ])
})

test('sets English apart in a Russian note', () => {
  expect(splitLanguageRuns('заимствование из английского (hub).', 'ru')).toEqual([
    { text: 'заимствование из английского (', lang: null },
    { text: 'hub', lang: 'en' },
    { text: ').', lang: null },
  ])
})

test('a note in one script is a single run', () => {
  expect(splitLanguageRuns('Столица Казахстана.', 'ru')).toEqual([
    { text: 'Столица Казахстана.', lang: null },
  ])
})
