import { languages, type Lang } from './language.ts'

/** Each language is named in itself, whatever the interface language. */
export const nativeNames: Record<Lang, string> = { ru: 'Русский', en: 'English' }

/** Radio buttons for a language; `name` is the form field, read before the app starts too. */
export function LanguageChoice({
  legend,
  name,
  value,
  onChange,
}: {
  legend: string
  name: string
  value: Lang
  onChange: (lang: Lang) => void
}) {
  return (
    <fieldset className="choice">
      <legend className="choice-legend">{legend}</legend>
      <div className="choice-options">
        {languages.map((lang) => (
          <label key={lang} className="choice-option" lang={lang}>
            <input
              type="radio"
              name={name}
              value={lang}
              checked={value === lang}
              autoComplete="off"
              onChange={() => onChange(lang)}
            />
            {nativeNames[lang]}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
