import type { ArticleCore } from './schema.ts'

// A prerendered page carries its article's core as JSON beside the markup made from it,
// so hydration needs no second copy of the text inside the JavaScript.
export const embeddedContentId = 'tandem-article'

/** JSON safe inside <script>: no "</script>" or "<!--" can end or bend the element. */
export function embedContent(core: ArticleCore): string {
  const json = JSON.stringify(core).replace(/</g, '\\u003c')
  return `<script type="application/json" id="${embeddedContentId}">${json}</script>`
}

export function readEmbeddedContent(doc: Document): ArticleCore | null {
  const text = doc.getElementById(embeddedContentId)?.textContent
  if (!text) return null
  try {
    return JSON.parse(text) as ArticleCore
  } catch {
    return null
  }
}
