import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useInterfaceLanguage } from '../i18n/interface-language.tsx'
import { ExtrasContext } from '../content/extras-context.ts'
import type { ArticleCore, ArticleExtras } from '../content/schema.ts'
import { AboutText } from '../features/article/about-text.tsx'
import { ArticleHeader } from '../features/article/article-header.tsx'
import {
  buildBlocks,
  countQuotes,
  isBlockVisible,
  quotesBySpeaker,
} from '../features/article/blocks.ts'
import { createExpandedStore } from '../features/article/expanded-store.ts'
import { GlossaryContext, OpenNoteContext } from '../features/glossary/glossary-context.ts'
import { useGlossaryState } from '../features/glossary/use-glossary-state.ts'
import { SpeakerSidebar } from '../features/speakers/speaker-sidebar.tsx'
import { switchLanguage } from '../i18n/i18n.ts'
import { languageKey } from '../lib/storage.ts'
import { ArticleBody } from './article-body.tsx'
import { ArticleTools } from './article-tools.tsx'
import { languageOfVisit } from './language-of-visit.ts'
import { navigate, useLocation } from './location.ts'
import { SiteHeader } from './site-header.tsx'
import { useLanguageSwitch } from './use-language-switch.ts'
import { parseViewState, serializeViewState, toggleSpeaker } from './view-state.ts'

export function Reader({
  content,
  loadExtras,
}: {
  content: ArticleCore
  loadExtras: () => Promise<ArticleExtras>
}) {
  const { i18n, lang: interfaceLang } = useInterfaceLanguage()
  const { search, hash } = useLocation()
  const known = useMemo(
    () => ({
      speakerIds: content.speakers.map((speaker) => speaker.id),
      quoteIds: content.quotes.map((quote) => quote.id),
    }),
    [content],
  )
  const view = useMemo(() => parseViewState(search, hash, known), [search, hash, known])
  // The sidebar answers a click at once; the article's blocks follow in a render React
  // can interrupt, which matters on a long article.
  const deferredSpeakers = useDeferredValue(view.speakers)
  const notesLang = view.notes ?? interfaceLang
  const blocks = useMemo(() => buildBlocks(content), [content])
  const visibleBlocks = blocks.filter((block) => isBlockVisible(block, view.speakers))
  const { shown, total } = countQuotes(content.quotes, view.speakers)
  const [expanded] = useState(createExpandedStore)
  const { glossary, openNote } = useGlossaryState(content, notesLang)

  // Back/Forward may land on an entry in another language: follow it, as a reload of
  // that entry would (its ?lang=, else its /en/ path, else the reader's choice), even if
  // a switch to another language is still loading.
  useEffect(() => {
    function handlePopState() {
      void switchLanguage(i18n, languageOfVisit(window, languageKey))
    }
    window.addEventListener('popstate', handlePopState)
    return () => window.removeEventListener('popstate', handlePopState)
  }, [i18n])

  // A shared link to a quote opens it; bring it into view once it is on the page.
  useEffect(() => {
    const { quoteId } = parseViewState(window.location.search, window.location.hash, known)
    if (quoteId) document.getElementById(`quote-${quoteId}`)?.scrollIntoView()
  }, [known])

  // A shared link keeps the language it was read in.
  const [chosenLang, handleLanguageChange] = useLanguageSwitch((lang) =>
    serializeViewState(search, { ...view, lang }),
  )

  function handleSpeakersChange(speakers: string[]) {
    navigate(serializeViewState(search, { ...view, speakers }))
  }

  return (
    <ExtrasContext value={loadExtras}>
      <SiteHeader lang={chosenLang} onLanguageChange={handleLanguageChange} page="article" />
      <div className="layout">
        <SpeakerSidebar
          speakers={content.speakers}
          quoteCounts={Object.fromEntries(
            known.speakerIds.map((id) => [id, quotesBySpeaker(content.quotes, id)]),
          )}
          selected={view.speakers}
          shown={shown}
          total={total}
          onToggle={(id) =>
            handleSpeakersChange(toggleSpeaker(view.speakers, id, known.speakerIds))
          }
          onReset={() => handleSpeakersChange([])}
        />
        <main id="main" tabIndex={-1}>
          <article>
            <ArticleHeader article={content.article} />
            <ArticleTools
              notesLang={notesLang}
              hasNotes={content.glossary.length > 0}
              onNotesChange={(notes) =>
                navigate(serializeViewState(search, { ...view, notes }), { replace: true })
              }
              onExpandAll={(isOpen) =>
                expanded.setAll(
                  visibleBlocks.map((block) => block.id),
                  isOpen,
                )
              }
            />
            <OpenNoteContext value={openNote}>
              <GlossaryContext value={glossary}>
                <ArticleBody
                  content={content}
                  blocks={blocks}
                  selectedSpeakers={deferredSpeakers}
                  expanded={expanded}
                  linkedQuoteId={view.quoteId}
                />
              </GlossaryContext>
            </OpenNoteContext>
            <AboutText sics={content.article.sic} isDraft={content.article.draft === true} />
          </article>
        </main>
      </div>
    </ExtrasContext>
  )
}
