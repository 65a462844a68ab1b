import type { GlossaryEntry, Sic } from '../../content/schema.ts'
import { markText } from './mark-text.ts'
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
  const segments = markText(text, { glossary, sics, highlight })

  return segments.map((segment, index) => {
    const key = `${index}-${segment.kind}`
    const content =
      segment.kind === 'term' ? (
        // Printed, the term refers to its endnote by this number (styles.css): an
        // attribute, so that the text itself stays the source's.
        <button
          key={key}
          type="button"
          className="term"
          popoverTarget={noteId(segment.entryId)}
          data-note={noteNumber.get(segment.entryId)}
        >
          {segment.text}
        </button>
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
