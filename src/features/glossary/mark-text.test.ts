import { expect, test } from 'vitest'
import type { GlossaryEntry } from '../../content/schema.ts'
import { glueTermPunctuation, markText } from './mark-text.ts'

function entry(id: string, ...forms: string[]): GlossaryEntry {
  return { id, kind: 'place', forms }
}

const join = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('')

test('marks the first occurrence of each term and keeps the text intact', () => {
  const text = 'Астана и Ташкент: позиция Астаны и Ташкента.'
  const segments = markText(text, {
    glossary: [entry('astana', 'Астана', 'Астаны'), entry('tashkent', 'Ташкент', 'Ташкента')],
  })
  expect(join(segments)).toBe(text)
  expect(segments.filter((segment) => segment.kind === 'term')).toEqual([
    { kind: 'term', text: 'Астана', highlighted: false, entryId: 'astana' },
    { kind: 'term', text: 'Ташкент', highlighted: false, entryId: 'tashkent' },
  ])
})

test('matches whole words only and prefers the longer form', () => {
  const segments = markText('Ташкентский вуз; Центральной Азии', {
    glossary: [entry('tashkent', 'Ташкент'), entry('ca', 'Азии', 'Центральной Азии')],
  })
  expect(segments.filter((segment) => segment.kind === 'term').map((s) => s.text)).toEqual([
    'Центральной Азии',
  ])
})

test('sets a typo apart without changing it', () => {
  const text = 'у двух государство совпадают'
  const segments = markText(text, {
    glossary: [],
    sics: [{ paragraph: 1, text: 'двух государство', intended: 'двух государств' }],
  })
  expect(join(segments)).toBe(text)
  expect(segments).toContainEqual({
    kind: 'sic',
    text: 'двух государство',
    highlighted: false,
    intended: 'двух государств',
  })
})

test('highlights the attribution, terms inside it included', () => {
  const text = '— Это говорит о доверии, — сказал Ф.Толипов.'
  const segments = markText(text, {
    glossary: [entry('tolipov', 'Ф.Толипов')],
    highlight: '— сказал Ф.Толипов.',
  })
  expect(join(segments)).toBe(text)
  expect(join(segments.filter((segment) => segment.highlighted))).toBe('— сказал Ф.Толипов.')
  expect(segments).toContainEqual({
    kind: 'term',
    text: 'Ф.Толипов',
    highlighted: true,
    entryId: 'tolipov',
  })
})

test('leaves unmarked a term that would straddle the highlight', () => {
  const segments = markText('По его словам, всё так.', {
    glossary: [entry('slova', 'словам, всё')],
    highlight: 'По его словам',
  })
  expect(segments.some((segment) => segment.kind === 'term')).toBe(false)
})

test('joins a term to the punctuation touching it, and keeps the text intact', () => {
  const text = 'В Хиву. Визит в «Ташкент», затем в Астану и Хиву'
  const segments = glueTermPunctuation(
    markText(text, {
      glossary: [entry('khiva', 'Хиву'), entry('tashkent', 'Ташкент'), entry('astana', 'Астану')],
    }),
  )
  const flat = segments.map((s) => (s.kind === 'run' ? s.before + s.term.text + s.after : s.text))
  expect(flat.join('')).toBe(text)
  expect(
    segments.map((s) => (s.kind === 'run' ? [s.before, s.term.text, s.after] : s.text)),
  ).toEqual([
    'В ',
    ['', 'Хиву', '.'],
    ' Визит в ',
    ['«', 'Ташкент', '»,'],
    ' затем в ',
    'Астану',
    ' и Хиву',
  ])
})

test('leaves a term unjoined where the punctuation lies across a highlight’s edge', () => {
  const text = 'Визит в Хиву, — сказал он.'
  const segments = glueTermPunctuation(
    markText(text, { glossary: [entry('khiva', 'Хиву')], highlight: ', — сказал он' }),
  )
  expect(segments.map((s) => s.kind)).toEqual(['text', 'term', 'text', 'text'])
})
