import { t } from '../i18n/i18n.ts'
import type { Lang } from '../lib/language.ts'
import { LanguageChoice } from '../lib/language-choice.tsx'

/** Expand all, collapse all, print, and the notes language. */
export function ArticleTools({
  notesLang,
  hasNotes,
  onNotesChange,
}: {
  notesLang: Lang
  /** A draft has no glossary notes yet, so no notes language to choose. */
  hasNotes: boolean
  onNotesChange: (lang: Lang) => void
}) {
  return (
    <div className="article-tools">
      {/* The head script answers these (page-actions.ts): the cards own whether they are
          open, and the browser prints the page as a briefing (styles.css, @media print). */}
      <div className="expand-buttons">
        <button type="button" data-expand="all">
          {t('toolbar.expandAll')}
        </button>
        <button type="button" data-expand="none">
          {t('toolbar.collapseAll')}
        </button>
        <button type="button" data-print>
          {t('toolbar.print')}
        </button>
      </div>
      {hasNotes && (
        <LanguageChoice
          legend={t('notes.label')}
          name="notes"
          value={notesLang}
          onChange={onNotesChange}
        />
      )}
    </div>
  )
}
