import { useGlossary } from './glossary-context.ts'
import { GlossaryNote, GlossaryTerm } from './glossary-term.tsx'
import { markText, type Segment } from './mark-text.ts'

interface MarkedTextProps {
  paragraph: number
  text: string
  highlight?: string
}

function useSegments({ paragraph, text, highlight }: MarkedTextProps): Segment[] {
  const { entries, sics } = useGlossary()
  const paragraphSics = sics.filter((sic) => sic.paragraph === paragraph)
  return markText(text, { glossary: entries, sics: paragraphSics, highlight })
}

const noteId = (paragraph: number, entryId: string) => `note-p${paragraph}-${entryId}`

/** One paragraph's Russian text with its glossary terms, [sic] typos and highlighted cue. */
export function MarkedText(props: MarkedTextProps) {
  return useSegments(props).map((segment, index) => {
    const key = `${index}-${segment.kind}`
    const content =
      segment.kind === 'term' ? (
        <GlossaryTerm key={key} noteId={noteId(props.paragraph, segment.entryId)}>
          {segment.text}
        </GlossaryTerm>
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

/**
 * The notes of the terms MarkedText marks in the same paragraph. They sit after the
 * paragraph, not inside it, so the paragraph's text stays exactly the source's.
 */
export function TermNotes(props: MarkedTextProps) {
  const terms = useSegments(props).filter((segment) => segment.kind === 'term')
  if (terms.length === 0) return null
  return (
    <div className="term-notes">
      {terms.map((segment) => (
        <GlossaryNote
          key={segment.entryId}
          noteId={noteId(props.paragraph, segment.entryId)}
          entryId={segment.entryId}
        />
      ))}
    </div>
  )
}
