import { expect, test } from 'vitest'
import { byNewest, firstSentence, type ArticleSummary } from './summaries.ts'

test('the first sentence ends at a full stop before a new sentence', () => {
  expect(
    firstSentence(
      'По словам политолога Фархода Толипова, нынешние отношения Казахстана и Узбекистана имеют стратегическое значение. Второе предложение.',
    ),
  ).toBe(
    'По словам политолога Фархода Толипова, нынешние отношения Казахстана и Узбекистана имеют стратегическое значение.',
  )
  expect(firstSentence('Кто выиграет? Никто.')).toBe('Кто выиграет?')
  expect(firstSentence('One sentence only')).toBe('One sentence only')
})

test('initials and lowercase continuations do not end a sentence', () => {
  expect(firstSentence('Как сказал Ф. Толипов, это важно. Дальше.')).toBe(
    'Как сказал Ф. Толипов, это важно.',
  )
  expect(firstSentence('Как сказал Ф.Толипов, это важно. Дальше.')).toBe(
    'Как сказал Ф.Толипов, это важно.',
  )
  expect(firstSentence('Around 5 p.m. it began. Then more.')).toBe('Around 5 p.m. it began.')
  expect(firstSentence('— Это путь к успеху. — Так сказал он.')).toBe('— Это путь к успеху.')
})

test('the library lists the newest article first', () => {
  const summary = (slug: string, date: string) => ({ slug, date }) as ArticleSummary
  const sorted = [
    summary('b', '2025-11-14'),
    summary('c', '2026-01-02'),
    summary('a', '2025-11-14'),
  ].sort(byNewest)
  expect(sorted.map((s) => s.slug)).toEqual(['c', 'a', 'b'])
})
