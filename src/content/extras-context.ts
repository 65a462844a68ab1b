import { createContext, use } from 'react'
import type { ArticleExtras } from './schema.ts'

export const ExtrasContext = createContext<(() => Promise<ArticleExtras>) | null>(null)

/** The translations and notes; suspends until they have loaded. */
export function useExtras(): ArticleExtras {
  const loadExtras = use(ExtrasContext)
  if (!loadExtras) throw new Error('useExtras must be used inside <ExtrasContext>')
  return use(loadExtras())
}
