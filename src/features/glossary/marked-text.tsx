import { memo } from 'react'
import type { GlossaryEntry, Sic } from '../../content/schema.ts'
import { GlossaryTerm } from './glossary-term.tsx'
import { markText } from './mark-text.ts'

/**
 * One paragraph's Russian text with its glossary terms, [sic] typos and highlighted cue.
 * Memoised: marking scans the text for every glossary form, and none of that changes
 * when the language, the filter or an open note does (the terms re-render on their own).
 */
export const MarkedText = memo(function MarkedText({
  paragraph,
  text,
  highlight,
  glossary,
  sics,
}: {
  paragraph: number
  text: string
  highlight?: string
  glossary: readonly GlossaryEntry[]
  sics: readonly Sic[]
}) {
  const paragraphSics = sics.filter((sic) => sic.paragraph === paragraph)
  const segments = markText(text, { glossary, sics: paragraphSics, highlight })

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
})
