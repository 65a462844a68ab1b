import type { ArticleContent } from '../content/schema.ts'
import type { ArticleSummary } from '../features/library/summaries.ts'

/**
 * What a page is rendered from. A prerendered page carries it as JSON beside its markup
 * (embedded.ts), so hydration renders exactly what the build did, with no second copy of
 * the text in the JavaScript.
 */
export type PageData =
  | { kind: 'article'; content: ReaderContent }
  | { kind: 'home'; summaries: ArticleSummary[] }
  | { kind: 'not-found' }

/**
 * An article as its page renders it in the app: all but the notes' text, which the page
 * carries as static markup beside the app (glossary-notes.tsx) and the app never renders;
 * `noteIds` says which glossary entries have a note.
 */
export type ReaderContent = Omit<ArticleContent, 'notes'> & { noteIds: string[] }

export function readerContent({ notes, ...content }: ArticleContent): ReaderContent {
  return { ...content, noteIds: Object.keys(notes) }
}
