import type { GlossaryEntry, Sic } from '../../content/schema.ts'

export type Segment =
  | { kind: 'text'; text: string; highlighted: boolean }
  | { kind: 'term'; text: string; highlighted: boolean; entryId: string }
  | { kind: 'sic'; text: string; highlighted: boolean; intended: string }

type Mark = { start: number; end: number } & (
  { kind: 'term'; entryId: string } | { kind: 'sic'; intended: string }
)

function occurrences(text: string, form: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length))
    found.push(at)
  return found
}

// A form counts only as a whole word: "Ташкент" must not light up inside "Ташкентская".
function isWholeWord(text: string, start: number, end: number): boolean {
  const letter = /[\p{L}\p{N}]/u
  return !letter.test(text[start - 1] ?? '') && !letter.test(text[end] ?? '')
}

/**
 * Splits one paragraph into plain text, glossary terms (the first occurrence of each entry)
 * and [sic] typos. `highlight` is a passage to set apart (an attribution or a reported-speech
 * cue); a mark that would straddle its edge is left unmarked rather than split.
 */
export function markText(
  text: string,
  {
    glossary,
    sics = [],
    highlight,
  }: { glossary: readonly GlossaryEntry[]; sics?: readonly Sic[]; highlight?: string },
): Segment[] {
  const highlightStart = highlight ? text.lastIndexOf(highlight) : -1
  const highlightEnd = highlightStart === -1 ? -1 : highlightStart + (highlight?.length ?? 0)
  const straddles = (start: number, end: number) =>
    highlightStart !== -1 &&
    ((start < highlightStart && end > highlightStart) ||
      (start < highlightEnd && end > highlightEnd))

  const candidates: Mark[] = [
    ...sics.flatMap((sic) =>
      occurrences(text, sic.text).map((start): Mark => ({
        kind: 'sic',
        start,
        end: start + sic.text.length,
        intended: sic.intended,
      })),
    ),
    ...glossary.flatMap((entry) =>
      entry.forms.flatMap((form) =>
        occurrences(text, form).map((start): Mark => ({
          kind: 'term',
          start,
          end: start + form.length,
          entryId: entry.id,
        })),
      ),
    ),
  ]
    .filter((mark) => isWholeWord(text, mark.start, mark.end) && !straddles(mark.start, mark.end))
    // Earliest first; at the same place a typo wins over a term, then the longer form.
    .sort(
      (a, b) =>
        a.start - b.start ||
        (a.kind === 'sic' ? -1 : 0) - (b.kind === 'sic' ? -1 : 0) ||
        b.end - a.end,
    )

  const marks: Mark[] = []
  const markedEntries = new Set<string>()
  let reached = 0
  for (const mark of candidates) {
    if (mark.start < reached) continue
    if (mark.kind === 'term') {
      if (markedEntries.has(mark.entryId)) continue
      markedEntries.add(mark.entryId)
    }
    marks.push(mark)
    reached = mark.end
  }

  const cuts = new Set([0, text.length, ...marks.flatMap((mark) => [mark.start, mark.end])])
  if (highlightStart !== -1) cuts.add(highlightStart).add(highlightEnd)
  const points = [...cuts].sort((a, b) => a - b)

  return points.slice(0, -1).map((start, index): Segment => {
    const end = points[index + 1] ?? text.length
    const piece = text.slice(start, end)
    const highlighted = highlightStart !== -1 && start >= highlightStart && end <= highlightEnd
    const mark = marks.find((candidate) => candidate.start === start && candidate.end === end)
    if (mark?.kind === 'term')
      return { kind: 'term', text: piece, highlighted, entryId: mark.entryId }
    if (mark?.kind === 'sic')
      return { kind: 'sic', text: piece, highlighted, intended: mark.intended }
    return { kind: 'text', text: piece, highlighted }
  })
}

export type TermSegment = Extract<Segment, { kind: 'term' }>

/** A term with the punctuation that touches it, which a line must not be broken from. */
export interface TermRun {
  kind: 'run'
  before: string
  term: TermSegment
  after: string
  highlighted: boolean
}

const opening = /[([{«„“‘"']+$/u
const closing = /^[.,;:!?…)\]}»“”’"'%]+/u

/**
 * Each term joined to the punctuation right before and after it (in the same highlight):
 * a term is a button, a box of its own, and a line may break between a box and the full
 * stop after it, which would then start the next line.
 */
export function glueTermPunctuation(segments: readonly Segment[]): (Segment | TermRun)[] {
  const glued: (Segment | TermRun)[] = []
  let carried = ''
  segments.forEach((segment, index) => {
    // What the term before took from the start of this text is not repeated.
    const text = segment.text.slice(carried.length)
    carried = ''
    if (segment.kind !== 'term') {
      if (text) glued.push({ ...segment, text })
      return
    }
    const touching = (other: Segment | TermRun | undefined) =>
      other?.kind === 'text' && other.highlighted === segment.highlighted ? other : undefined
    const previous = touching(glued.at(-1))
    const next = touching(segments[index + 1])
    const before = (previous && opening.exec(previous.text)?.[0]) ?? ''
    const after = (next && closing.exec(next.text)?.[0]) ?? ''
    if (!before && !after) {
      glued.push(segment)
      return
    }
    if (previous && before) {
      const rest = previous.text.slice(0, -before.length)
      if (rest) glued[glued.length - 1] = { ...previous, text: rest }
      else glued.pop()
    }
    carried = after
    glued.push({ kind: 'run', before, term: segment, after, highlighted: segment.highlighted })
  })
  return glued
}
