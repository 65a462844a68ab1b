// Character-level helpers for Russian news text: words with their offsets, sentences,
// quotation spans and clause ends. Every position is an offset into the paragraph, so
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

const actingAbbreviations = /(?<!\p{L})(?:вр\.\s?)?и\.\s?о\.(?=\s)/giu

/**
 * The dots of «и.о.» and «вр.и.о.» (acting in a post): an abbreviation inside a role
 * («заявил и.о. министра финансов»), which ends neither a clause nor a sentence.
 */
export function isAbbreviationDot(text: string, dotIndex: number): boolean {
  if (text[dotIndex] !== '.') return false
  for (const match of text.matchAll(actingAbbreviations))
    if (match.index <= dotIndex && dotIndex < match.index + match[0].length) return true
  return false
}

export interface Span {
  start: number
  end: number
}

/** The closing mark for each opening one. „ closes with “ (Russian) or ” (English style). */
const closers: Record<string, string> = { '«': '»', '„': '“”', '“': '”' }

/**
 * Top-level quotation spans, of any kind of mark: «…», „…“, “…” and straight "…", nested
 * or not: `start` at the opening mark, `end` just after the closing one. A straight quote
 * opens after a space, a bracket, a dash or a colon and closes before a space or a stop.
 * A mark that never closes opens nothing, except that a straight mark followed by an
 * attribution («", - сказал он») closes every straight quote still open.
 */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = []
  const open: { mark: string; start: number }[] = []
  const close = (i: number) => {
    const top = open.pop()
    if (top && open.length === 0) spans.push({ start: top.start, end: i + 1 })
  }
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    const top = open.at(-1)?.mark
    if (char === '"') {
      const before = text.charAt(i - 1)
      const after = text.charAt(i + 1)
      const canOpen = (i === 0 || /[\s([«„“:—–-]/.test(before)) && /\S/.test(after)
      const canClose =
        i > 0 && /\S/.test(before) && (after === '' || /[\s,.;:!?)»”…—–-]/.test(after))
      if (top === '"' && (canClose || !canOpen)) {
        // `"… "inner", - сказал он`: one straight mark closes both the inner quote and the
        // outer one, whose own closing mark is not typed. Only the outermost quote is
        // followed by the attribution that ends direct speech.
        if (open.every((o) => o.mark === '"') && /^,?\s*[—–-]\s/.test(text.slice(i + 1)))
          open.splice(1)
        close(i)
      } else if (canOpen) open.push({ mark: char, start: i })
    } else if (top && closers[top]?.includes(char)) close(i)
    else if (char in closers) open.push({ mark: char, start: i })
    else if (char === '»' && open.some((o) => o.mark === '«')) {
      while (open.at(-1)?.mark !== '«') open.pop()
      close(i)
    }
  }
  return spans
}

/** Whether `index` falls inside one of `spans` (after the opening mark, before the closing). */
export function insideSpans(spans: readonly Span[], index: number): boolean {
  return spans.some((span) => span.start < index && index < span.end - 1)
}

/**
 * Sentences of a paragraph. A sentence ends at . ! ? or … followed by a space and a
 * capital, a dash or a guillemet, except inside «…» and after an initial («Ш. Юлдашева»).
 */
export function sentences(text: string): Span[] {
  const result: Span[] = []
  const quoted = quoteSpans(text)
  let start = 0
  for (let i = 0; i < text.length; i++) {
    if (insideSpans(quoted, i) || !endsSentence(text, i)) continue
    const gap = /^\s+/.exec(text.slice(i + 1))
    if (!gap || !/[\p{Lu}\d«„“"—–-]/u.test(text.charAt(i + 1 + gap[0].length))) continue
    result.push({ start, end: i + 1 })
    start = i + 1 + gap[0].length
  }
  if (start < text.length) result.push({ start, end: text.length })
  return result
}

/** A sentence can end at text[i]: a stop that is not an initial's, or a » right after one. */
function endsSentence(text: string, i: number): boolean {
  const char = text.charAt(i)
  if (/[»"“”]/.test(char)) return /[.!?…]/.test(text.charAt(i - 1))
  return /[.!?…]/.test(char) && !isInitialDot(text, i) && !isAbbreviationDot(text, i)
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
    if (char === '.' && !isInitialDot(text, i) && !isAbbreviationDot(text, i)) return i
    // A dash between spaces: « — », « – », « - » (not the hyphen of «Касым-Жомарт»).
    if (
      /[—–-]/.test(char) &&
      i > from &&
      text.charAt(i - 1) === ' ' &&
      /\s/.test(text.charAt(i + 1))
    )
      return i - 1
  }
  return text.length
}

/** Trims trailing spaces from a [start, end) range of `text`. */
export function trimEnd(text: string, start: number, end: number): number {
  let result = end
  while (result > start && /\s/.test(text.charAt(result - 1))) result--
  return result
}
