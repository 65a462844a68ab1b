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
import { parseViewState, serializeViewState, toggleSpeaker } from './view-state.ts'

/**
 * An article's page. The URL owns the view: the reading mode, the speaker filter, the notes
 * language, the linked quote.
 */
export function Reader({ content }: { content: ReaderContent }) {
  // The reading mode is ReadingModes' to read: a switch of mode leaves the rest alone.
  const { search, hash } = useLocation({ ignoringView: true })
  const known = useMemo(
    () => ({
      speakerIds: content.speakers.map((speaker) => speaker.id),
      quoteIds: content.quotes.map((quote) => quote.id),
    }),
    [content],
  )
  const view = parseViewState(search, hash, known)
  const isDraft = content.article.draft === true
  const notesLang = view.notes ?? interfaceLang()
  useNotesLanguage(notesLang)
  const blocks = useMemo(() => buildBlocks(content), [content])
  const { shown, total } = countQuotes(content.quotes, view.speakers)

  const isHydrated = useIsHydrated()
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

  // Changes read the address as it is now: `search` here lacks the reading mode.
  function handleSpeakerChange(speakerId: string | null) {
    const speakers = speakerId ? toggleSpeaker(view.speakers, speakerId, known.speakerIds) : []
    navigate(serializeViewState(window.location.search, { speakers }))
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
              path={articleHref(content.article.slug, interfaceLang())}
              isDraft={isDraft}
            />
            <ArticleTools
              notesLang={notesLang}
              hasNotes={content.noteIds.length > 0}
              onNotesChange={(notes) =>
                navigate(serializeViewState(window.location.search, { notes }), { replace: true })
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
