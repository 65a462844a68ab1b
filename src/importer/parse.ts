// Reading a raw article: bytes to text (refusing anything that is not UTF-8 text), then
// the ` date YYYY-MM-DD ` line and the paragraphs. Paragraph text is kept verbatim, typos
// and all; only the whitespace around each paragraph goes.

/** What the user did wrong, said in one line. The CLI prints it without a stack trace. */
export class ImportError extends Error {
  override name = 'ImportError'
}

/** A news article is a few kilobytes; a megabyte means the wrong file. */
export const maxArticleBytes = 1024 * 1024

export function decodeArticle(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new ImportError(`${label} is empty`)
  if (bytes.length > maxArticleBytes)
    throw new ImportError(
      `${label} is ${bytes.length} bytes; a news article is far smaller (the limit is 1 MB)`,
    )
  if (bytes.includes(0)) throw new ImportError(`${label} is a binary file, not text`)
  let text: string
  try {
    // fatal: a stray Windows-1251 or Latin-1 byte is an error, not a replacement character.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportError(`${label} is not UTF-8 text (save it as UTF-8 and try again)`)
  }
  if (text.trim() === '') throw new ImportError(`${label} is empty`)
  return text
}

/** CRLF and lone CR both become LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

export interface ParsedArticle {
  date: string
  paragraphs: string[]
}

const dateLine = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)[ \t]*/

/** A real calendar day: 2025-02-30 is not one. */
export function isValidDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/**
 * Splits normalised text into its date and paragraphs. The first line is ` date
 * YYYY-MM-DD `, which the first paragraph may follow on the same line; blank lines
 * separate paragraphs.
 */
export function parseArticle(text: string, label: string): ParsedArticle {
  const normalized = normalizeNewlines(text).replace(/^\uFEFF/, '')
  const match = dateLine.exec(normalized)
  const firstLine = normalized.split('\n', 1)[0] ?? ''
  if (!match?.[1])
    throw new ImportError(
      `${label} must start with a line " date YYYY-MM-DD " (found "${firstLine.slice(0, 40)}")`,
    )
  const date = match[1]
  if (!isValidDate(date)) throw new ImportError(`${label}: ${date} is not a valid date`)
  const paragraphs = normalized
    .slice(match[0].length)
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
  if (paragraphs.length === 0) throw new ImportError(`${label} has a date but no text`)
  return { date, paragraphs }
}
