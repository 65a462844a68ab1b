import { interfaceLang, t } from '../i18n/i18n.ts'
import { ChoiceLinks } from '../lib/choice-links.tsx'
import { nativeNames } from '../lib/language-choice.tsx'
import { languages } from '../lib/language.ts'
import { useLocation } from './location.ts'
import { pageInLanguage } from './routes.ts'

/**
 * The interface language: a link to the page at `path` in each language, the current one marked.
 * The links keep the view the address holds; the head script also adds the reader's
 * place on the page as they follow one (src/head/head.ts).
 */
export function LanguageLinks({ path }: { path: string }) {
  const { search, hash } = useLocation()
  const current = interfaceLang()

  return (
    <ChoiceLinks labelId="language-label" label={t('language.label')}>
      {languages.map((lang) => (
        <a
          key={lang}
          className="choice-option"
          href={pageInLanguage({ pathname: path, search, hash }, lang, null)}
          hrefLang={lang}
          data-language-link
          lang={lang}
          aria-current={lang === current ? 'page' : undefined}
        >
          {nativeNames[lang]}
        </a>
      ))}
    </ChoiceLinks>
  )
}
