import type { ReactNode } from 'react'
import { SiteHeader } from './site-header.tsx'
import { useLanguageSwitch } from './use-language-switch.ts'

/** A page that is not an article (the library, not-found): the site header, then `children`. */
export function SimplePage({
  kind,
  children,
}: {
  kind: 'home' | 'not-found'
  children: ReactNode
}) {
  const [lang, handleLanguageChange] = useLanguageSwitch()
  return (
    <>
      <SiteHeader lang={lang} onLanguageChange={handleLanguageChange} page={kind} />
      {children}
    </>
  )
}
