import { useEffect, useLayoutEffect, useMemo } from 'react'
import { interfaceLang } from '../i18n/i18n.ts'
import { AboutText } from '../features/article/about-text.tsx'
import { ArticleBody } from './article-body.tsx'
import { ArticleHeader } from '../features/article/article-header.tsx'
import { buildBlocks, countQuotes, quotesBySpeaker } from '../features/article/blocks.ts'
import { useNotesLanguage } from '../features/glossary/glossary-notes.tsx'
import { SpeakerIndex } from '../features/speakers/speaker-index.tsx'
import { SpeakerSidebar } from '../features/speakers/speaker-sidebar.tsx'
import { useIsHydrated } from '../lib/use-is-hydrated.ts'
import { ArticleTools } from './article-tools.tsx'
import type { ReaderContent } from './page-data.ts'
import { isLang } from '../lib/language.ts'
import { navigate, useAddressPart } from './location.ts'
import { articleHref } from './routes.ts'
import { SiteHeader } from './site-header.tsx'
import { ReadingModes } from './reading-modes.tsx'
import { parseViewState, serializeViewState, toggleSpeaker } from './view-state.ts'

/**
 * An article's page. The URL owns the view: the reading mode, the speaker filter, the notes
 * language, the linked quote. Each part of the page that shows one of them reads it from
 * the address itself, so a change of one re-renders only what shows it.
 */
export function Reader({ content }: { content: ReaderContent }) {
  const known = useMemo(
    () => ({
      speakerIds: content.speakers.map((speaker) => speaker.id),
      quoteIds: content.quotes.map((quote) => quote.id),
    }),
    [content],
  )
  const isDraft = content.article.draft === true
  const blocks = useMemo(() => buildBlocks(content), [content])
  useQuoteLink(known)

  const isHydrated = useIsHydrated()
  // The boxes now say which speakers are shown: the head script's mark has done its work.
  useLayoutEffect(() => {
    if (isHydrated) delete document.documentElement.dataset.speakers
  }, [isHydrated])

  return (
    <>
      <SiteHeader path={articleHref(content.article.slug, 'ru')} page="article" />
      <div className="layout">
        <SpeakerFilter content={content} known={known} />
        <main id="main" tabIndex={-1}>
          <article data-draft={isDraft || undefined}>
            <ArticleHeader article={content.article} />
            <ReadingModes
              path={articleHref(content.article.slug, interfaceLang())}
              isDraft={isDraft}
            />
            <NotesTools hasNotes={content.noteIds.length > 0} known={known} />
            <ArticleBody content={content} blocks={blocks} />
            <SpeakerIndex speakers={content.speakers} quotes={content.quotes} />
            <AboutText sics={content.article.sic} isDraft={isDraft} />
          </article>
        </main>
      </div>
    </>
  )
}

type Known = { speakerIds: readonly string[]; quoteIds: readonly string[] }

/** The sidebar with the speakers `?speaker=` asks for ticked; a tick changes the address. */
function SpeakerFilter({ content, known }: { content: ReaderContent; known: Known }) {
  const asked = useAddressPart((search, hash) =>
    parseViewState(search, hash, known).speakers.join(','),
  )
  const selected = asked ? asked.split(',') : []
  const { shown, total } = countQuotes(content.quotes, selected)
  // Each speaker's count is the article's, not the filter's: worked out once.
  const quoteCounts = useMemo(
    () =>
      Object.fromEntries(known.speakerIds.map((id) => [id, quotesBySpeaker(content.quotes, id)])),
    [content, known],
  )

  // Changes read the address as it is now, the reading mode and the rest included.
  function handleChange(speakerId: string | null) {
    const speakers = speakerId ? toggleSpeaker(selected, speakerId, known.speakerIds) : []
    navigate(serializeViewState(window.location.search, { speakers }))
  }

  return (
    <SpeakerSidebar
      speakers={content.speakers}
      quoteCounts={quoteCounts}
      selected={selected}
      shown={shown}
      total={total}
      onChange={handleChange}
    />
  )
}

/** The article's tools, with the notes in the language `?notes=` asks for (else the page's). */
function NotesTools({ hasNotes, known }: { hasNotes: boolean; known: Known }) {
  const asked = useAddressPart((search, hash) => parseViewState(search, hash, known).notes ?? '')
  const lang = isLang(asked) ? asked : interfaceLang()
  useNotesLanguage(lang)
  return (
    <ArticleTools
      notesLang={lang}
      hasNotes={hasNotes}
      onNotesChange={(notes) =>
        navigate(serializeViewState(window.location.search, { notes }), { replace: true })
      }
    />
  )
}

/** A link to a quote (`#quote-…`) opens its card and brings it into view; the card owns whether it stays open. */
function useQuoteLink(known: Known) {
  const quoteId = useAddressPart(
    (search, hash) => parseViewState(search, hash, known).quoteId ?? '',
  )
  useEffect(() => {
    if (!quoteId) return
    const card = document.getElementById(`quote-${quoteId}`)
    card?.querySelector('details')?.setAttribute('open', '')
    card?.scrollIntoView()
  }, [quoteId])
}
