import { startTransition, useOptimistic } from 'react'
import { useInterfaceLanguage } from '../i18n/interface-language.tsx'
import { switchLanguage } from '../i18n/i18n.ts'
import type { Lang } from '../lib/language.ts'
import { storeLanguage } from '../lib/storage.ts'
import { navigate } from './location.ts'
import { pathInLanguage } from './routes.ts'

/**
 * The interface language and a way to change it: the switch shows the new choice at
 * once, the address becomes the page in that language (`searchFor` gives its query),
 * the choice is saved, and the strings follow when they have loaded.
 */
export function useLanguageSwitch(
  searchFor: (lang: Lang) => string = () => window.location.search,
): [Lang, (lang: Lang) => void] {
  const { i18n, lang: current } = useInterfaceLanguage()
  const [chosen, setChosen] = useOptimistic(current)
  function change(lang: Lang) {
    startTransition(async () => {
      setChosen(lang)
      storeLanguage(lang)
      navigate(searchFor(lang), {
        replace: true,
        pathname: pathInLanguage(window.location.pathname, lang),
      })
      await switchLanguage(i18n, lang)
    })
  }
  return [chosen, change]
}
