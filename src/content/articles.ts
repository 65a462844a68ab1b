import type { ArticleCore, ArticleExtras, ContentFileName } from './schema.ts'

// Every content folder is checked by the build (content-plugin.ts) before it gets here,
// so the browser can trust the shapes without carrying the validator. Nothing is bundled
// eagerly: a prerendered page carries its article's core in its HTML (embedded.ts), and
// translations and notes load when a reader may want them.
const files = import.meta.glob<unknown>('./*/*.json', { import: 'default' })

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
  const load = async <K extends string>(names: Record<K, ContentFileName>) => {
    const keys = Object.keys(names) as K[]
    const values = await Promise.all(
      keys.map((key) => {
        const loader = files[`./${slug}/${names[key]}`]
        if (!loader) throw new Error(`Tandem: ${slug}/${names[key]} is missing`)
        return loader()
      }),
    )
    return Object.fromEntries(keys.map((key, index) => [key, values[index]])) as Record<K, unknown>
  }
  return {
    slug,
    loadCore: once(
      async () =>
        (await load({
          article: 'article.json',
          speakers: 'speakers.json',
          quotes: 'quotes.json',
          reported: 'reported.json',
          glossary: 'glossary.json',
        })) as unknown as ArticleCore,
    ),
    loadExtras: once(
      async () =>
        (await load({
          translations: 'translations.json',
          notes: 'notes.json',
        })) as unknown as ArticleExtras,
    ),
  }
}

const slugs = [...new Set(Object.keys(files).map((key) => key.split('/')[1] ?? ''))].sort()

export const articles: ArticleEntry[] = slugs.map(entryFor)
