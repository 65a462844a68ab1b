import { expect, test } from 'vitest'
import { articles } from '../../content/articles.ts'
import { citationText } from './citation.ts'

const { article, quotes, speakers, translations } = articles[0]!
const quote = quotes[0]!
const speaker = speakers.find((candidate) => candidate.id === quote.speakerId)!

test('a citation holds the Russian, the English, the speaker, the outlet, the date and the link', () => {
  const text = citationText({
    article,
    quote,
    speaker,
    russian: [article.paragraphs[1]!],
    english: [translations!.paragraphs[1]!],
    lang: 'en',
    pageUrl: 'https://tandem.example/en/a/2025-11-14-kazakhstan-uzbekistan/?speaker=tolipov#p4',
  })
  const lines = text.split('\n')
  expect(lines[0]).toBe(article.paragraphs[1])
  expect(lines[1]).toBe(translations!.paragraphs[1])
  expect(lines[2]).toBe('— Farkhod Tolipov, political scientist. Kazinform, November 14, 2025.')
  expect(lines[3]).toBe(
    'https://tandem.example/en/a/2025-11-14-kazakhstan-uzbekistan/?speaker=tolipov#quote-q1',
  )
})

test('in Russian the speaker, the outlet and the date are Russian; a draft has no English', () => {
  const text = citationText({
    article: { ...article, source: undefined },
    quote,
    speaker,
    russian: ['— Один.', 'Два, — сказал он.'],
    english: null,
    lang: 'ru',
    pageUrl: 'http://127.0.0.1:4173/a/x/',
  })
  expect(text).toBe(
    '— Один.\nДва, — сказал он.\n— Фарход Толипов, политолог. 14 ноября 2025 г.\nhttp://127.0.0.1:4173/a/x/#quote-q1',
  )
})
