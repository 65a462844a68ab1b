import { expect, test } from 'vitest'
import { parseViewState, serializeViewState, toggleSpeaker } from './view-state.ts'

const known = { speakerIds: ['tolipov', 'nazarov'], quoteIds: ['q1', 'q2'] }

test('reads the speaker filter, the notes language and the linked quote from the URL', () => {
  expect(parseViewState('?speaker=nazarov,tolipov&lang=en&notes=ru', '#quote-q2', known)).toEqual({
    mode: 'ru',
    speakers: ['tolipov', 'nazarov'],
    notes: 'ru',
    quoteId: 'q2',
  })
})

test('an empty URL means every speaker and the notes in the interface language', () => {
  expect(parseViewState('', '', known)).toEqual({
    mode: 'ru',
    speakers: [],
    notes: null,
    quoteId: null,
  })
})

test('ignores unknown values and keeps the known ones', () => {
  expect(
    parseViewState('?speaker=bogus,nazarov,<img src=x>&lang=de&notes=', '#quote-q9', known),
  ).toEqual({ mode: 'ru', speakers: ['nazarov'], notes: null, quoteId: null })
  expect(parseViewState('?speaker=%E2%80%AE', '#top', known).speakers).toEqual([])
})

test('tolerates case and spaces in hand-typed links', () => {
  expect(parseViewState('?speaker=Nazarov,%20TOLIPOV&notes=EN', '', known)).toMatchObject({
    speakers: ['tolipov', 'nazarov'],
    notes: 'en',
  })
})

test('writes readable, comma-separated links and keeps parameters it does not own', () => {
  expect(
    serializeViewState('?utm_source=mail&speaker=bogus&lang=en', {
      mode: 'parallel',
      speakers: ['tolipov', 'nazarov'],
      notes: 'en',
    }),
  ).toBe('?utm_source=mail&speaker=tolipov,nazarov&lang=en&view=parallel&notes=en')
})

test('drops the parameters of an unfiltered view', () => {
  expect(
    serializeViewState('?speaker=nazarov&notes=xx&view=en', {
      mode: 'ru',
      speakers: [],
      notes: null,
    }),
  ).toBe('')
})

test('changes only the parts of the view it is given', () => {
  expect(serializeViewState('?view=en&speaker=nazarov&notes=ru', { speakers: [] })).toBe(
    '?view=en&notes=ru',
  )
  expect(serializeViewState('?view=en&speaker=nazarov', { mode: 'ru' })).toBe('?speaker=nazarov')
  expect(serializeViewState('?speaker=nazarov', { notes: 'en' })).toBe('?speaker=nazarov&notes=en')
})

test('toggling a speaker keeps the sidebar order', () => {
  const order = ['tolipov', 'nazarov']
  expect(toggleSpeaker(['nazarov'], 'tolipov', order)).toEqual(['tolipov', 'nazarov'])
  expect(toggleSpeaker(['tolipov', 'nazarov'], 'tolipov', order)).toEqual(['nazarov'])
})

test('the reading mode: side by side or English by ?view=, else always Russian', () => {
  expect(parseViewState('?view=parallel', '', known).mode).toBe('parallel')
  expect(parseViewState('?view=EN', '', known).mode).toBe('en')
  expect(parseViewState('?view=ru', '', known).mode).toBe('ru')
  expect(parseViewState('?view=<script>', '', known).mode).toBe('ru')
  expect(parseViewState('', '', known).mode).toBe('ru')
})
