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
import { navigate, useLocation } from './location.ts'
import { articleHref } from './routes.ts'
import { SiteHeader } from './site-header.tsx'
import { ReadingModes } from './reading-modes.tsx'
import {
  parseViewState,
  serializeViewState,
  toggleSpeaker,
  type ReadingMode,
} from './view-state.ts'

/**
 * An article's page. The URL owns the view: the reading mode, the speaker filter, the notes
 * language, the linked quote.
 */
export function Reader({ content }: { content: ReaderContent }) {
  const { search, hash } = useLocation()
  const known = useMemo(
    () => ({
      speakerIds: content.speakers.map((speaker) => speaker.id),
      quoteIds: content.quotes.map((quote) => quote.id),
    }),
    [content],
  )
  const view = parseViewState(search, hash, known)
  const isDraft = content.article.draft === true
  // A draft has no English to read in another mode.
  const mode = isDraft ? 'ru' : view.mode
  const notesLang = view.notes ?? interfaceLang()
  useNotesLanguage(notesLang)
  const blocks = useMemo(() => buildBlocks(content), [content])
  const { shown, total } = countQuotes(content.quotes, view.speakers)

  // The page's styles read the mode from <html data-view> (styles.css): the head script
  // sets it on arrival, before the first paint; from then on it follows the address.
  const isHydrated = useIsHydrated()
  useLayoutEffect(() => {
    // Hydration renders the address as the build saw it, without ?view=: wait for the real one.
    if (!isHydrated) return
    if (mode === 'ru') delete document.documentElement.dataset.view
    else document.documentElement.dataset.view = mode
  }, [mode, isHydrated])
  // The boxes now say which speakers are shown: the head script's mark has done its work.
  useLayoutEffect(() => {
    if (isHydrated) delete document.documentElement.dataset.speakers
  }, [isHydrated])

  // A link to a quote opens its card; the card owns whether it stays open.
  useEffect(() => {
    if (!view.quoteId) return
    const card = document.getElementById(`quote-${view.quoteId}`)
    card?.querySelector('details')?.setAttribute('open', '')
    card?.scrollIntoView()
  }, [view.quoteId])

  const path = articleHref(content.article.slug, interfaceLang())
  const searchFor = (next: ReadingMode) => serializeViewState(search, { ...view, mode: next })
  const hrefFor = (next: ReadingMode) => `${path}${searchFor(next)}${hash}`

  // The head script remembers the choice (src/head/head.ts), before the code arrives too.
  function handleModeChange(next: ReadingMode) {
    navigate(searchFor(next))
  }

  function handleSpeakerChange(speakerId: string | null) {
    const speakers = speakerId ? toggleSpeaker(view.speakers, speakerId, known.speakerIds) : []
    navigate(serializeViewState(search, { ...view, speakers }))
  }

  return (
    <>
      <SiteHeader path={articleHref(content.article.slug, 'ru')} page="article" />
      <div className="layout">
        <SpeakerSidebar
          speakers={content.speakers}
          quoteCounts={Object.fromEntries(
            known.speakerIds.map((id) => [id, quotesBySpeaker(content.quotes, id)]),
          )}
          selected={view.speakers}
          shown={shown}
          total={total}
          onChange={handleSpeakerChange}
        />
        <main id="main" tabIndex={-1}>
          <article data-draft={isDraft || undefined}>
            <ArticleHeader article={content.article} />
            <ReadingModes
              current={mode}
              hrefFor={hrefFor}
              isDraft={isDraft}
              onChoose={handleModeChange}
            />
            <ArticleTools
              notesLang={notesLang}
              hasNotes={content.noteIds.length > 0}
              onNotesChange={(notes) =>
                navigate(serializeViewState(search, { ...view, notes }), { replace: true })
              }
            />
            <ArticleBody content={content} blocks={blocks} />
            <SpeakerIndex speakers={content.speakers} quotes={content.quotes} />
            <AboutText sics={content.article.sic} isDraft={isDraft} />
          </article>
        </main>
      </div>
    </>
  )
}
