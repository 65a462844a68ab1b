import { describe, expect, it } from 'vitest'
import {
  ImportError,
  decodeArticle,
  isValidDate,
  maxArticleBytes,
  normalizeNewlines,
  parseArticle,
} from './parse.ts'
import { quoteSpans, sentences } from './text.ts'
import { transliterate } from './translit.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeArticle', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeArticle(utf8('\uFEFF date 2025-01-01 Текст.'), 'a.txt')).toBe(
      ' date 2025-01-01 Текст.',
    )
  })

  it.each([
    ['an empty file', new Uint8Array(), 'a.txt is empty'],
    ['only whitespace', utf8(' \n\n\t'), 'a.txt is empty'],
    ['NUL bytes', new Uint8Array([0x20, 0x64, 0x00, 0x61]), 'binary'],
    ['Windows-1251 bytes', new Uint8Array([0xcf, 0xee, 0x20, 0xf1]), 'not UTF-8'],
    ['more than 1 MB', new Uint8Array(maxArticleBytes + 1).fill(0x61), 'far smaller'],
  ])('refuses %s', (_, bytes, message) => {
    expect(() => decodeArticle(bytes, 'a.txt')).toThrow(ImportError)
    expect(() => decodeArticle(bytes, 'a.txt')).toThrow(message)
  })
})

describe('parseArticle', () => {
  it('reads the date and a first paragraph on the same line', () => {
    const text = ' date 2025-11-14 Первый абзац.\n\nВторой абзац.'
    expect(parseArticle(text, 'a')).toEqual({
      date: '2025-11-14',
      paragraphs: ['Первый абзац.', 'Второй абзац.'],
    })
  })

  it('reads a date line with nothing after it', () => {
    expect(parseArticle(' date 2025-11-14\n\nПервый.\n\nВторой.\n', 'a').paragraphs).toEqual([
      'Первый.',
      'Второй.',
    ])
  })

  it('handles CRLF and keeps paragraph text verbatim', () => {
    const text =
      ' date 2025-11-14 Первый  абзац с опечткой.\r\n\r\n  Второй,\r\nв две строки.  \r\n\r\n\r\n'
    expect(parseArticle(text, 'a').paragraphs).toEqual([
      'Первый  абзац с опечткой.',
      'Второй,\nв две строки.',
    ])
  })

  it('takes blank lines with spaces as paragraph breaks', () => {
    expect(parseArticle(' date 2025-11-14 А.\n  \t\nБ.', 'a').paragraphs).toEqual(['А.', 'Б.'])
  })

  it.each([
    ['no date line', 'Просто текст.', 'must start with a line " date YYYY-MM-DD "'],
    ['a date in another format', ' date 14.11.2025 Текст.', 'must start with a line'],
    ['a date glued to the text', ' date 2025-11-14Текст.', 'must start with a line'],
    ['an impossible date', ' date 2025-02-30 Текст.', '2025-02-30 is not a valid date'],
    ['a date and no text', ' date 2025-11-14 \n\n', 'has a date but no text'],
  ])('refuses %s', (_, text, message) => {
    expect(() => parseArticle(text, 'a')).toThrow(message)
  })

  it('normalises lone CRs too', () => {
    expect(normalizeNewlines('a\r\nb\rc')).toBe('a\nb\nc')
  })

  it('knows real dates', () => {
    expect(isValidDate('2024-02-29')).toBe(true)
    expect(isValidDate('2025-02-29')).toBe(false)
    expect(isValidDate('2025-13-01')).toBe(false)
  })
})

describe('text helpers', () => {
  const split = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end))

  it('splits sentences but not after initials or inside «…»', () => {
    expect(split('Об этом сказал Ф. Толипов. Эксперт отметил, что «Это. Важно». Всё.')).toEqual([
      'Об этом сказал Ф. Толипов.',
      'Эксперт отметил, что «Это. Важно».',
      'Всё.',
    ])
  })

  it('finds top-level guillemet spans, nested ones inside', () => {
    const text = 'Он сказал: «Проект «Ак-Суу» важен» и «ещё».'
    expect(quoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '«Проект «Ак-Суу» важен»',
      '«ещё»',
    ])
  })

  it("closes an outer straight quote with the inner one's mark before an attribution", () => {
    const text =
      '"Важно работать честно. Как говорят: "Дело мастера боится", - добавил он. Потом "ещё" что-то.'
    expect(quoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '"Важно работать честно. Как говорят: "Дело мастера боится"',
      '"ещё"',
    ])
  })

  it('transliterates names as the ids need them', () => {
    expect(
      ['Толипов', 'Назаров', 'Ахметов', 'Юлдашева', 'Щукин', 'Цой', 'Объедков', 'Ёлкин'].map(
        transliterate,
      ),
    ).toEqual([
      'tolipov',
      'nazarov',
      'akhmetov',
      'yuldasheva',
      'shchukin',
      'tsoy',
      'obedkov',
      'elkin',
    ])
    expect(transliterate('Касым-Жомарт Токаев!')).toBe('kasym-zhomart-tokaev')
  })
})
