import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ArticleCore } from '../../src/content/schema.ts'

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The floor: the same article as one static HTML page, CSS inline, no JavaScript. */
export function writePlainPage(dir: string, { article }: ArticleCore): void {
  mkdirSync(dir, { recursive: true })
  const html = `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(article.headline.ru)}</title>
<style>
body{margin:0 auto;max-width:44rem;padding:1.5rem 1rem 4rem;font:1.125rem/1.65 Charter,Georgia,'Noto Serif','DejaVu Serif',serif;color:#1b1f24;background:#fff}
h1{font-size:clamp(1.5rem,4vw,2.125rem);line-height:1.2;margin:0 0 .5rem}
time{display:block;color:#4b5563;font:.875rem system-ui,sans-serif;margin-bottom:1.5rem}
p{margin:0 0 1.25rem}
</style>
</head>
<body>
<main>
<article>
<h1>${escape(article.headline.ru)}</h1>
<time datetime="${article.date}">${article.date}</time>
${article.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n')}
</article>
</main>
</body>
</html>
`
  writeFileSync(path.join(dir, 'index.html'), html)
}
