import { Fragment } from 'react'
import type { GlossaryEntry, Sic } from '../../content/schema.ts'
import { glueTermPunctuation, markText, type TermSegment } from './mark-text.ts'
import { noteId } from './glossary-notes.tsx'

/**
 * One paragraph's Russian text with its glossary terms, [sic] typos and highlighted cue.
 * A term is a button that opens its note, a popover (glossary-notes.tsx): the browser
 * opens and closes it, before the app's code arrives and without it.
 */
export function MarkedText({
  text,
  highlight,
  glossary,
  sics,
  noteNumber,
}: {
  text: string
  highlight?: string | undefined
  /** The entries that have a note. */
  glossary: readonly GlossaryEntry[]
  /** This paragraph's typos. */
  sics: readonly Sic[]
  /** Each note's number among the endnotes of a printed page. */
  noteNumber: ReadonlyMap<string, number>
}) {
  const segments = glueTermPunctuation(markText(text, { glossary, sics, highlight }))
  // Printed, the term refers to its endnote by this number (styles.css): an attribute, so
  // that the text itself stays the source's.
  const term = (segment: TermSegment) => (
    <button
      type="button"
      className="term"
      popoverTarget={noteId(segment.entryId)}
      data-note={noteNumber.get(segment.entryId)}
    >
      {segment.text}
    </button>
  )

  return segments.map((segment, index) => {
    const key = `${index}-${segment.kind}`
    const content =
      segment.kind === 'run' ? (
        // The punctuation touching a term stays on its line (styles.css, .term-run).
        <span key={key} className="term-run">
          {segment.before}
          {term(segment.term)}
          {segment.after}
        </span>
      ) : segment.kind === 'term' ? (
        <Fragment key={key}>{term(segment)}</Fragment>
      ) : segment.kind === 'sic' ? (
        // The typo stays as published; CSS adds the visible [sic], the footer names the fix.
        <span key={key} className="sic">
          {segment.text}
        </span>
      ) : (
        segment.text
      )
    return segment.highlighted ? (
      <span key={key} className="cue">
        {content}
      </span>
    ) : (
      content
    )
  })
}
