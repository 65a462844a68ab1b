import { useInterfaceLanguage } from '../../i18n/interface-language.tsx'
import type { GlossaryEntry, GlossaryNotes } from '../../content/schema.ts'
import type { Lang } from '../../lib/language.ts'

/** Every glossary note as a list: what a reader without JavaScript gets instead of toggletips. */
export function Endnotes({
  glossary,
  notes,
  lang,
}: {
  glossary: readonly GlossaryEntry[]
  notes: GlossaryNotes
  lang: Lang
}) {
  const { t } = useInterfaceLanguage()

  return (
    <section className="endnotes" aria-labelledby="endnotes-heading">
      <h2 id="endnotes-heading">{t('notes.label')}</h2>
      <dl>
        {glossary.map((entry) => {
          const note = notes[entry.id]
          if (!note) return null
          return (
            <div key={entry.id} id={`gloss-${entry.id}`}>
              <dt>
                <span lang="ru">{entry.forms.join(', ')}</span> — {note.term[lang]}
              </dt>
              <dd>{note.note[lang]}</dd>
            </div>
          )
        })}
      </dl>
    </section>
  )
}
