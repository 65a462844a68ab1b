import { useGlossary } from './glossary-context.ts'
import { GlossaryTerm } from './glossary-term.tsx'
import { markText } from './mark-text.ts'

/** One paragraph's Russian text with its glossary terms, [sic] typos and highlighted cue. */
export function MarkedText({
  paragraph,
  text,
  highlight,
}: {
  paragraph: number
  text: string
  highlight?: string
}) {
  const { entries, sics } = useGlossary()
  const paragraphSics = sics.filter((sic) => sic.paragraph === paragraph)
  const segments = markText(text, { glossary: entries, sics: paragraphSics, highlight })

  return segments.map((segment, index) => {
    const key = `${index}-${segment.kind}`
    const content =
      segment.kind === 'term' ? (
        <GlossaryTerm
          key={key}
          noteId={`note-p${paragraph}-${segment.entryId}`}
          entryId={segment.entryId}
        >
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
