import { useEffect } from 'react'

/** A prerendered page carries its title in <head>; a language switch retitles the tab. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title
  }, [title])
}
