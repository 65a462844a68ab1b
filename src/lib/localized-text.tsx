import { localize, type Lang, type Localized } from './language.ts'

/** Text in the interface language; Russian, marked as such, where no English exists yet. */
export function LocalizedText({ value, lang }: { value: Localized; lang: Lang }) {
  const shown = localize(value, lang)
  return shown.lang === lang ? shown.text : <span lang={shown.lang}>{shown.text}</span>
}
