import type { ArticleCore, ArticleExtras, ContentFileName } from './schema.ts'

// Every content folder is checked by the build (content-plugin.ts) before it gets here,
// so the browser can trust the shapes without carrying the validator.
const coreFiles = import.meta.glob<unknown>(
  './*/{article,speakers,quotes,reported,glossary}.json',
  { eager: true, import: 'default' },
)
// Translations and notes are not needed for the first paint: they load on demand.
const extraFiles = import.meta.glob<unknown>('./*/{translations,notes}.json', {
  import: 'default',
})

export interface ArticleEntry {
  core: ArticleCore
  /** The same promise on every call, so React's `use` can wait on it. */
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

function entryFor(folder: string): ArticleEntry {
  const core = (file: ContentFileName) => coreFiles[`./${folder}/${file}`]
  const extra = (file: ContentFileName) => extraFiles[`./${folder}/${file}`]?.()
  let extras: Promise<ArticleExtras> | undefined
  return {
    core: {
      article: core('article.json'),
      speakers: core('speakers.json'),
      quotes: core('quotes.json'),
      reported: core('reported.json'),
      glossary: core('glossary.json'),
    } as ArticleCore,
    loadExtras: () =>
      (extras ??= tracked(
        Promise.all([extra('translations.json'), extra('notes.json')]).then(
          ([translations, notes]) => ({ translations, notes }) as ArticleExtras,
        ),
      )),
  }
}

const folders = [...new Set(Object.keys(coreFiles).map((key) => key.split('/')[1] ?? ''))].sort()

export const articles: ArticleEntry[] = folders.map(entryFor)
