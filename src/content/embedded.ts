// A prerendered page carries the data it was rendered from (an article's core, or the
// library's summaries) as JSON beside the markup, so hydration needs no second copy of
// the text inside the JavaScript.
export const embeddedDataId = 'tandem-page-data'

/** JSON safe inside <script>: no "</script>" or "<!--" can end or bend the element. */
export function embedData(data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return `<script type="application/json" id="${embeddedDataId}">${json}</script>`
}

/** The page's data as the prerenderer wrote it (it checked the shape), or null. */
export function readEmbeddedData<T>(doc: Document): T | null {
  const text = doc.getElementById(embeddedDataId)?.textContent
  if (!text) return null
  try {
    return JSON.parse(text) as T
  } catch {
    return null
  }
}
