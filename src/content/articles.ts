import type { ArticleContent } from './schema.ts'

/**
 * The articles in a set of content files (`<folder>/<file>.json` → its data), by slug. The
 * build has checked every folder (build/content-plugin.ts), so the shapes can be trusted
 * here without carrying the validator. A draft may have no translation or notes yet.
 */
export function articlesFrom(files: Record<string, unknown>): ArticleContent[] {
  const folders = new Map<string, Record<string, unknown>>()
  for (const [file, data] of Object.entries(files)) {
    const [folder, name] = [
      file.slice(0, file.lastIndexOf('/')),
      file.slice(file.lastIndexOf('/') + 1),
    ]
    folders.set(folder, { ...folders.get(folder), [name]: data })
  }
  return [...folders.values()]
    .map(
      (folder) =>
        ({
          article: folder['article.json'],
          speakers: folder['speakers.json'],
          quotes: folder['quotes.json'],
          reported: folder['reported.json'],
          glossary: folder['glossary.json'],
          translations: folder['translations.json'] ?? null,
          notes: folder['notes.json'] ?? {},
        }) as ArticleContent,
    )
    .sort((a, b) => a.article.slug.localeCompare(b.article.slug))
}

/** The site's own articles, src/content/<slug>/. */
export const articles = articlesFrom(
  import.meta.glob('./*/*.json', { eager: true, import: 'default' }),
)
