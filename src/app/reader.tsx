import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleContent } from '../content/schema.ts'
import { AboutText } from '../features/article/about-text.tsx'
import { ArticleHeader } from '../features/article/article-header.tsx'
import {
  buildBlocks,
  countQuotes,
  isBlockVisible,
  quotesBySpeaker,
} from '../features/article/blocks.ts'
import { GlossaryContext } from '../features/glossary/glossary-context.ts'
import { SpeakerSidebar } from '../features/speakers/speaker-sidebar.tsx'
import type { Lang } from '../lib/language.ts'
import { LanguageChoice } from '../lib/language-choice.tsx'
import { storeLanguage } from '../lib/storage.ts'
import { ArticleBody } from './article-body.tsx'
import { navigate, useLocation } from './location.ts'
import { parseViewState, serializeViewState, toggleSpeaker } from './view-state.ts'

export function Reader({ content }: { content: ArticleContent }) {
  const { t, i18n } = useTranslation()
  const uiLang = i18n.language as Lang
  const { search, hash } = useLocation()
  const speakerIds = useMemo(() => content.speakers.map((speaker) => speaker.id), [content])
  const known = useMemo(
    () => ({ speakerIds, quoteIds: content.quotes.map((quote) => quote.id) }),
    [content, speakerIds],
  )
  const view = parseViewState(search, hash, known)
  const notesLang = view.notes ?? uiLang
  const blocks = useMemo(() => buildBlocks(content), [content])
  const visibleBlocks = blocks.filter((block) => isBlockVisible(block, view.speakers))
  const { shown, total } = countQuotes(content.quotes, view.speakers)
  const [expanded, setExpanded] = useState<Record<string, boolean>>({})
  const [openNoteId, setOpenNoteId] = useState<string | null>(null)

  // Back/Forward may land on an entry saved with another ?lang=: follow it.
  useEffect(() => {
    function handlePopState() {
      const { lang } = parseViewState(window.location.search, '', known)
      if (lang && lang !== i18n.language) void i18n.changeLanguage(lang)
    }
    window.addEventListener('popstate', handlePopState)
    return () => window.removeEventListener('popstate', handlePopState)
  }, [i18n, known])

  // A shared link to a quote opens it; bring it into view once the page has rendered it.
  const [linkedQuoteId] = useState(view.quoteId)
  useEffect(() => {
    if (linkedQuoteId) document.getElementById(`quote-${linkedQuoteId}`)?.scrollIntoView()
  }, [linkedQuoteId])

  function handleLanguageChange(lang: Lang) {
    void i18n.changeLanguage(lang)
    storeLanguage(lang)
    navigate(serializeViewState(search, { ...view, lang }), { replace: true })
  }

  function handleNotesChange(notes: Lang) {
    navigate(serializeViewState(search, { ...view, notes }), { replace: true })
  }

  function handleSpeakersChange(speakers: string[]) {
    navigate(serializeViewState(search, { ...view, speakers }))
  }

  function handleExpandAll(isOpen: boolean) {
    setExpanded(Object.fromEntries(visibleBlocks.map((block) => [block.id, isOpen])))
  }

  const handleToggleNote = useCallback(
    (noteId: string) => setOpenNoteId((current) => (current === noteId ? null : noteId)),
    [],
  )
  const handleCloseNote = useCallback(() => setOpenNoteId(null), [])
  const glossary = useMemo(
    () => ({
      entries: content.glossary,
      sics: content.article.sic,
      notesLang,
      openNoteId,
      onToggleNote: handleToggleNote,
      onCloseNote: handleCloseNote,
    }),
    [content, notesLang, openNoteId, handleToggleNote, handleCloseNote],
  )

  return (
    <>
      <a className="skip-link" href="#article">
        {t('app.skipToArticle')}
      </a>
      <header className="site-header">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </p>
        <LanguageChoice
          legend={t('language.label')}
          name="interface-language"
          value={uiLang}
          onChange={handleLanguageChange}
        />
      </header>
      <div className="layout">
        <SpeakerSidebar
          speakers={content.speakers}
          quoteCounts={Object.fromEntries(
            speakerIds.map((id) => [id, quotesBySpeaker(content.quotes, id)]),
          )}
          selected={view.speakers}
          shown={shown}
          total={total}
          onToggle={(id) => handleSpeakersChange(toggleSpeaker(view.speakers, id, speakerIds))}
          onReset={() => handleSpeakersChange([])}
        />
        <main id="article" tabIndex={-1}>
          <article>
            <ArticleHeader article={content.article} />
            <div className="article-tools">
              <div className="expand-buttons">
                <button type="button" onClick={() => handleExpandAll(true)}>
                  {t('toolbar.expandAll')}
                </button>
                <button type="button" onClick={() => handleExpandAll(false)}>
                  {t('toolbar.collapseAll')}
                </button>
              </div>
              <LanguageChoice
                legend={t('notes.label')}
                name="notes-language"
                value={notesLang}
                onChange={handleNotesChange}
              />
            </div>
            <GlossaryContext value={glossary}>
              <ArticleBody
                content={content}
                blocks={visibleBlocks}
                isExpanded={(id) => expanded[id] ?? id === view.quoteId}
                onToggle={(id, isOpen) => setExpanded((current) => ({ ...current, [id]: !isOpen }))}
              />
            </GlossaryContext>
            <AboutText sics={content.article.sic} />
          </article>
        </main>
      </div>
    </>
  )
}
