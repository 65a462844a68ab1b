// Character-level helpers for Russian news text: words with their offsets, sentences,
// «guillemet» spans and clause ends. Every position is an offset into the paragraph, so
// whatever the detectors cut out is an exact substring of the original text.

export interface Word {
  text: string
  start: number
  end: number
}

/** Letters, optionally joined by hyphens: «Касым-Жомарт», «Центрально-Азиатского». */
const wordPattern = /\p{L}+(?:-\p{L}+)*/gu

export function words(text: string, offset = 0): Word[] {
  return [...text.matchAll(wordPattern)].map((match) => ({
    text: match[0],
    start: offset + match.index,
    end: offset + match.index + match[0].length,
  }))
}

export function isCapitalized(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

/** «Казахстанский» → «казахстанский», but an abbreviation («ЕАЭС») stays as it is. */
export function lowerFirst(text: string): string {
  const firstWord = text.split(/\s/)[0] ?? ''
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** An initial is one capital letter with a dot: the «Ф.» of «Ф.Толипов» or «Ф. Толипов». */
export function isInitialDot(text: string, dotIndex: number): boolean {
  if (text[dotIndex] !== '.') return false
  const letter = text.charAt(dotIndex - 1)
  const before = text.charAt(dotIndex - 2)
  return /\p{Lu}/u.test(letter) && !/\p{L}/u.test(before)
}

export interface Span {
  start: number
  end: number
}

/**
 * Top-level «…» spans: `start` at the opening «, `end` just after the closing ». Nested
 * guillemets (a company name inside a quote) stay inside their outer span.
 */
export function guillemetSpans(text: string): Span[] {
  const spans: Span[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«') {
      if (depth === 0) start = i
      depth++
    } else if (text[i] === '»' && depth > 0) {
      depth--
      if (depth === 0) spans.push({ start, end: i + 1 })
    }
  }
  return spans
}

/**
 * Sentences of a paragraph. A sentence ends at . ! ? or … followed by a space and a
 * capital, a dash or a guillemet, except inside «…» and after an initial («Ш. Юлдашева»).
 */
export function sentences(text: string): Span[] {
  const result: Span[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    if (char === '«') depth++
    else if (char === '»') depth = Math.max(0, depth - 1)
    if (depth > 0 || !endsSentence(text, i)) continue
    const gap = /^\s+/.exec(text.slice(i + 1))
    if (!gap || !/[\p{Lu}\d«—–"]/u.test(text.charAt(i + 1 + gap[0].length))) continue
    result.push({ start, end: i + 1 })
    start = i + 1 + gap[0].length
  }
  if (start < text.length) result.push({ start, end: text.length })
  return result
}

/** A sentence can end at text[i]: a stop that is not an initial's, or a » right after one. */
function endsSentence(text: string, i: number): boolean {
  const char = text.charAt(i)
  if (char === '»') return /[.!?…]/.test(text.charAt(i - 1))
  return /[.!?…]/.test(char) && !isInitialDot(text, i)
}

/**
 * Where the clause that starts at `from` ends: the first comma, semicolon, colon, ! or ?,
 * or a full stop that is not an initial's. Returns text.length when none follows.
 */
export function clauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const char = text.charAt(i)
    // Guillemets do not end a clause: «Ак-Суу» may stand inside a role before a name.
    if (/[,;:!?()]/.test(char)) return i
    if (char === '.' && !isInitialDot(text, i)) return i
    if (char === '—' && i > from && text.charAt(i - 1) === ' ') return i - 1
  }
  return text.length
}

/** Trims trailing spaces from a [start, end) range of `text`. */
export function trimEnd(text: string, start: number, end: number): number {
  let result = end
  while (result > start && /\s/.test(text.charAt(result - 1))) result--
  return result
}
