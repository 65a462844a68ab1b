import type { ArticleContent, ContentFileName } from './schema.ts'

// Every content folder is checked by the build (content-plugin.ts) before it gets here,
// so the browser can trust the shapes without carrying the validator.
const files = import.meta.glob<unknown>('./*/*.json', { eager: true, import: 'default' })

function folderFile(folder: string, file: ContentFileName): unknown {
  return files[`./${folder}/${file}`]
}

function loadArticles(): ArticleContent[] {
  const folders = [...new Set(Object.keys(files).map((key) => key.split('/')[1] ?? ''))].sort()
  return folders.map(
    (folder) =>
      ({
        article: folderFile(folder, 'article.json'),
        speakers: folderFile(folder, 'speakers.json'),
        quotes: folderFile(folder, 'quotes.json'),
        reported: folderFile(folder, 'reported.json'),
        glossary: folderFile(folder, 'glossary.json'),
        translations: folderFile(folder, 'translations.json'),
      }) as ArticleContent,
  )
}

export const articles = loadArticles()
