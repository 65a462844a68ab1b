import { folders } from 'virtual:tandem-content'
import type {
  ArticleCore,
  ArticleExtras,
  ContentFileName,
  GlossaryNotes,
  Translations,
} from './schema.ts'

// Every content folder is checked by the build (content-plugin.ts) before it gets here,
// so the browser can trust the shapes without carrying the validator. Nothing is bundled
// eagerly: a prerendered page carries its article's core in its HTML (embedded.ts), and
// translations and notes load when a reader may want them.
export interface ArticleEntry {
  slug: string
  /** What the first paint needs. The same promise on every call, for React's `use`. */
  loadCore: () => Promise<ArticleCore>
  /** Translations and glossary notes. The same promise on every call. */
  loadExtras: () => Promise<ArticleExtras>
}

type Tracked<T> = Promise<T> & { status?: string; value?: T; reason?: unknown }

// React's `use` reads a promise's `status` and `value` when they are there, and then
// returns a settled promise's value at once instead of suspending for one more render.
function tracked<T>(promise: Promise<T>): Promise<T> {
  const result: Tracked<T> = promise
  result.status = 'pending'
  result.then(
    (value) => Object.assign(result, { status: 'fulfilled', value }),
    (reason: unknown) => Object.assign(result, { status: 'rejected', reason }),
  )
  return result
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined
  return () => (promise ??= tracked(load()))
}

function entryFor(slug: string): ArticleEntry {
  const loaders = folders[slug] ?? {}
  const load = async (file: ContentFileName) => {
    const loader = loaders[file]
    if (!loader) throw new Error(`Tandem: ${slug}/${file} is missing`)
    return (await loader()).default
  }
  // A draft may have no translation or notes yet (the build has checked that it is one).
  const loadIfThere = (file: ContentFileName) => (loaders[file] ? load(file) : null)
  return {
    slug,
    loadCore: once(async () => {
      const [article, speakers, quotes, reported, glossary] = await Promise.all(
        (
          [
            'article.json',
            'speakers.json',
            'quotes.json',
            'reported.json',
            'glossary.json',
          ] as const
        ).map(load),
      )
      return { article, speakers, quotes, reported, glossary } as ArticleCore
    }),
    loadExtras: once(async () => {
      const [translations, notes] = await Promise.all([
        loadIfThere('translations.json'),
        loadIfThere('notes.json'),
      ])
      return {
        translations: translations as Translations | null,
        notes: (notes ?? {}) as GlossaryNotes,
      }
    }),
  }
}

export const articles: ArticleEntry[] = Object.keys(folders).sort().map(entryFor)

export function findArticle(slug: string): ArticleEntry | undefined {
  return articles.find((entry) => entry.slug === slug)
}
