import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { StrictMode } from 'react'
import { renderToStaticMarkup, renderToString } from 'react-dom/server'
import { build, type Manifest, type Rolldown } from 'vite'
import { Page } from '../src/app/page.tsx'
import { readerContent, type PageData } from '../src/app/page-data.ts'
import { articleHref, pathInLanguage } from '../src/app/routes.ts'
import type { AppCode } from '../src/head/start-app.ts'
import { articlesFrom } from '../src/content/articles.ts'
import type { ArticleContent } from '../src/content/schema.ts'
import { embedData } from '../src/content/embedded.ts'
import { GlossaryNotes } from '../src/features/glossary/glossary-notes.tsx'
import { byNewest, summarize } from '../src/features/library/summaries.ts'
import { setInterfaceLang, t } from '../src/i18n/i18n.ts'
import { languages, localize, type Lang } from '../src/lib/language.ts'

// Run after `vite build` (see package.json): writes every page of the site in both
// interface languages, Russian at the root and English under en/: the library
// (index.html), each article (a/<slug>/index.html) and the not-found page (404.html).
// Each holds its whole text, the stylesheet inlined, the head script inlined and allowed
// by its hash in the page's Content-Security-Policy, and the data it was rendered from.

const dist = path.resolve('dist')
const manifest = JSON.parse(
  readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'),
) as Manifest
const entry = manifest['index.html']
if (!entry) throw new Error('prerender: dist/.vite/manifest.json has no index.html entry')
const css = (entry.css ?? []).map((file) => readFileSync(path.join(dist, file), 'utf8')).join('\n')
// The app's code, which a page's head script loads once the page has painted (start-app.ts).
const appCode: AppCode = {
  script: `/${entry.file}`,
  preloads: (entry.imports ?? []).flatMap((key) =>
    manifest[key] ? [`/${manifest[key].file}`] : [],
  ),
}

const headScript = await buildHeadScript()
const scriptHash = createHash('sha256').update(headScript).digest('base64')
// Nothing but this origin: a change that would load a script, a font or a stylesheet
// from elsewhere is stopped by the browser. Styles may be inline: the stylesheet is.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${scriptHash}'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ')

/** src/head/head.ts, built and minified by Vite as a classic script to inline. */
async function buildHeadScript(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    define: { __APP_CODE__: JSON.stringify(appCode) },
    build: {
      write: false,
      minify: true,
      lib: { entry: path.resolve('src/head/head.ts'), formats: ['iife'], name: 'tandemHead' },
    },
  })) as Rolldown.RolldownOutput[]
  const code = output[0]?.output[0]?.code
  if (!code) throw new Error('prerender: the head script built to nothing')
  return code.trim()
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

// The end-to-end tests' build adds a library of fixture articles (tests/fixtures/library).
const files = {
  ...import.meta.glob('../src/content/*/*.json', { eager: true, import: 'default' }),
  ...(process.env.TANDEM_FIXTURE_LIBRARY
    ? import.meta.glob('../tests/fixtures/library/*/*.json', { eager: true, import: 'default' })
    : {}),
}
const articles = articlesFrom(files)

interface PageToWrite {
  /** The page's file in the Russian site; the English one is under en/. */
  file: string
  /** Its address in the Russian site, for the links to its other language. */
  path: string | null
  data: PageData
  title: (lang: Lang) => string
  /** An article's notes, carried beside the app (glossary-notes.tsx). */
  notes?: ArticleContent
}

const pages: PageToWrite[] = [
  {
    file: 'index.html',
    path: '/',
    data: { kind: 'home', summaries: articles.map(summarize).sort(byNewest) },
    title: (lang) => t('library.title', { lng: lang }),
  },
  {
    file: '404.html',
    path: null,
    data: { kind: 'not-found' },
    title: (lang) => t('notFound.title', { lng: lang }),
  },
  ...articles.map((content) => ({
    file: `a/${content.article.slug}/index.html`,
    path: articleHref(content.article.slug, 'ru'),
    data: { kind: 'article' as const, content: readerContent(content) },
    notes: content,
    title: (lang: Lang) => localize(content.article.headline, lang).text,
  })),
]

function renderPage(lang: Lang, { path: pagePath, data, title, notes }: PageToWrite): string {
  setInterfaceLang(lang)
  const app = renderToString(
    <StrictMode>
      <Page data={data} />
    </StrictMode>,
  )
  const notesMarkup = notes
    ? `\n    ${renderToStaticMarkup(<GlossaryNotes glossary={notes.glossary} notes={notes.notes} lang={lang} />)}`
    : ''
  const alternates = pagePath
    ? languages.map(
        (other) =>
          `\n    <link rel="alternate" hreflang="${other}" href="${pathInLanguage(pagePath, other)}" />`,
      )
    : []
  // An article's first paint waits until the parser reaches its first paragraph, `#p1`
  // (passage.tsx, quote-card.tsx), so the controls above it are whole: painted while the
  // parser was midway through them, a slow phone saw a speaker chip or an option arrive
  // and move what was above. (Measured in Chromium, which lets the frame through once the
  // element is in the document, not once it is whole, as the spec has it: an expected
  // #article-tools still let a half-built notes choice paint. Other browsers ignore it.)
  const firstScreen =
    data.kind === 'article' ? `\n    <link rel="expect" href="#p1" blocking="render" />` : ''
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(`${title(lang)} — Tandem`)}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />${alternates.join('')}${firstScreen}
    <script>${headScript}</script>
    <style>${css}</style>
  </head>
  <body>
    <div id="root">${app}</div>${notesMarkup}
    ${embedData(data)}
  </body>
</html>
`
}

for (const lang of languages)
  for (const page of pages) {
    const file = path.join(dist, pathInLanguage(`/${page.file}`, lang))
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, renderPage(lang, page))
    console.log(`prerendered ${path.relative(process.cwd(), file)}`)
  }
