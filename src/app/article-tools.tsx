import { useInterfaceLanguage } from '../i18n/interface-language.tsx'
import type { Lang } from '../lib/language.ts'
import { LanguageChoice } from '../lib/language-choice.tsx'

export function ArticleTools({
  notesLang,
  hasNotes,
  onNotesChange,
  onExpandAll,
}: {
  notesLang: Lang
  /** A draft has no glossary notes yet, so no notes language to choose. */
  hasNotes: boolean
  onNotesChange: (lang: Lang) => void
  onExpandAll: (isOpen: boolean) => void
}) {
  const { t } = useInterfaceLanguage()

  return (
    <div className="article-tools">
      <div className="expand-buttons">
        <button type="button" onClick={() => onExpandAll(true)}>
          {t('toolbar.expandAll')}
        </button>
        <button type="button" onClick={() => onExpandAll(false)}>
          {t('toolbar.collapseAll')}
        </button>
      </div>
      {hasNotes && (
        <LanguageChoice
          legend={t('notes.label')}
          name="notes-language"
          value={notesLang}
          onChange={onNotesChange}
        />
      )}
    </div>
  )
}
