import type { i18n as I18n, TFunction } from 'i18next'
import {
  createContext,
  startTransition,
  use,
  useEffect,
  useLayoutEffect,
  useState,
  type ReactNode,
} from 'react'
import type { Lang } from '../lib/language.ts'

export interface InterfaceLanguage {
  lang: Lang
  t: TFunction
  i18n: I18n
}

const InterfaceLanguageContext = createContext<InterfaceLanguage | null>(null)

/**
 * `t` answering each key and options from a cache. The strings are fixed for a language,
 * and i18next's own lookup costs about a tenth of a millisecond per call on a slow phone,
 * paid by every label of every block when the language changes.
 */
export function cachedT(t: TFunction): TFunction {
  const cache = new Map<string, unknown>()
  const lookup = (key: string, options?: object) => {
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`
    if (!cache.has(id)) cache.set(id, t(key as never, options as never))
    return cache.get(id)
  }
  // The signature is i18next's (its overloads type each key's options and result);
  // the calls are passed through unchanged.
  return lookup as unknown as TFunction
}

function snapshot(i18n: I18n): InterfaceLanguage {
  const lang = i18n.language as Lang
  return { lang, t: cachedT(i18n.getFixedT(lang)), i18n }
}

/**
 * The interface language of everything inside, following `i18n`.
 *
 * A switch changes a label in every block, thousands on a long article. The new language
 * reaches the page in a transition, which React renders in slices between frames, so the
 * page keeps answering while it does. (A hook subscribed to i18next in each component,
 * as react-i18next's is, re-renders them all at once, in one long task, however the
 * change was started.) `<html lang>` changes in the same commit as the strings.
 */
export function InterfaceLanguageProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const [value, setValue] = useState(() => snapshot(i18n))

  useEffect(() => {
    const update = () =>
      startTransition(() =>
        setValue((current) =>
          current.i18n === i18n && current.lang === i18n.language ? current : snapshot(i18n),
        ),
      )
    i18n.on('languageChanged', update)
    // A change between the first render and this subscription is not missed.
    update()
    return () => i18n.off('languageChanged', update)
  }, [i18n])

  useLayoutEffect(() => {
    document.documentElement.lang = value.lang
  }, [value.lang])

  return <InterfaceLanguageContext value={value}>{children}</InterfaceLanguageContext>
}

/** The interface language, its strings (`t`) and the i18next instance behind them. */
export function useInterfaceLanguage(): InterfaceLanguage {
  const value = use(InterfaceLanguageContext)
  if (!value) throw new Error('Tandem: useInterfaceLanguage outside InterfaceLanguageProvider')
  return value
}
