import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { StrictMode, type ReactElement } from 'react'
import { renderToStaticMarkup, renderToString } from 'react-dom/server'
import { languageOfVisit } from './app/language-of-visit.ts'
import { NotFound } from './app/not-found.tsx'
import { Reader } from './app/reader.tsx'
import {
  articleHref,
  firstArticleSlug,
  oldArticleLink,
  pathInLanguage,
  pathOf,
} from './app/routes.ts'
import { SimplePage } from './app/simple-page.tsx'
import { startAfterFirstPaint, type AppCode } from './app/start-after-paint.ts'
import { articles } from './content/articles.ts'
import { embedData } from './content/embedded.ts'
import { Endnotes } from './features/glossary/endnotes.tsx'
import { Library } from './features/library/library.tsx'
import { byNewest, summarize } from './features/library/summaries.ts'
import { createI18n } from './i18n/i18n.ts'
import { InterfaceLanguageProvider } from './i18n/interface-language.tsx'
import { en } from './i18n/locales/en.ts'
import { ru } from './i18n/locales/ru.ts'
import { languages, localize, type Lang } from './lib/language.ts'
import { languageKey } from './lib/storage.ts'

// Run after `vite build` (see package.json): writes every page of the site in both
// interface languages, Russian at the root and English under en/: the library
// (index.html), each article (a/<slug>/index.html) and the not-found page (404.html),
// each with its text already in it, the stylesheet inlined and its interface strings
// preloaded.

const dist = path.resolve('dist')
const template = readFileSync(path.join(dist, 'index.html'), 'utf8')
const stylesheet = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/.exec(template)
if (!stylesheet?.[1]) throw new Error('prerender: no stylesheet link in dist/index.html')
const css = readFileSync(path.join(dist, stylesheet[1]), 'utf8')

// The app's code, which a prerendered page loads only once it has painted (start-after-paint.ts).
const entryScript = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(template)
if (!entryScript?.[1]) throw new Error('prerender: no module script in dist/index.html')
const modulePreloads = [
  ...template.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g),
]
const appCode: AppCode = {
  script: entryScript[1],
  preloads: modulePreloads.map((match) => match[1]!),
}
// Where the first paint is never reported, the code starts loading after this long anyway.
const appCodeFallbackMs = 3000
// Every page starts from the template without those tags: its head script adds them.
const templateWithoutCode = [entryScript[0], ...modulePreloads.map((match) => match[0])].reduce(
  (html, tag) => html.replace(tag, ''),
  template,
)

// index.html's message for a page with nothing in it, which a prerendered page is not.
const noscriptForEmptyPage = /\s*<noscript\b[^>]*>[^<]*<\/noscript\s*>/
if (!noscriptForEmptyPage.test(template))
  throw new Error('prerender: no <noscript> message in dist/index.html to take out')

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// Before anything is painted: sends a visit that wants the other language to the same
// page in it, sends an old link to the first article (from when it was the home page)
// there, marks the page as scripted so controls that need JavaScript show, and loads the
// app once the page has painted.
function headScript(oldLinkTarget: string | null): string {
  const redirect = oldLinkTarget
    ? `var o=(${String(oldArticleLink)})(location,${JSON.stringify(oldLinkTarget)});if(o){location.replace(o);return}`
    : ''
  return `<script>(function(){${redirect}var l=(${String(languageOfVisit)})(window,${JSON.stringify(
    languageKey,
  )});if(l!==document.documentElement.lang){location.replace((${String(
    pathInLanguage,
  )})(location.pathname,l)+location.search+location.hash);return}document.documentElement.classList.add("js");(${String(
    startAfterFirstPaint,
  )})(window,${JSON.stringify(appCode)},${appCodeFallbackMs})})()</script>`
}

// One i18next instance per language serves every page: rendering only reads it.
const i18nFor: Record<Lang, ReturnType<typeof createI18n>> = {
  ru: createI18n('ru', { ru, en }),
  en: createI18n('en', { ru, en }),
}

const entries = await Promise.all(
  articles.map(async (entry) => ({
    entry,
    core: await entry.loadCore(),
    extras: await entry.loadExtras(),
  })),
)
const summaries = entries
  .map(({ core, extras }) => summarize(core, extras.translations))
  .sort(byNewest)
const hasFirstArticle = articles.some((entry) => entry.slug === firstArticleSlug)

interface PageToWrite {
  file: string
  page: ReactElement
  title: (lang: Lang) => string
  data?: unknown
  endnotes?: (lang: Lang) => string | false
  oldLinks?: boolean
}

function renderPage(lang: Lang, { page, title, data, endnotes, oldLinks }: PageToWrite): string {
  const i18n = i18nFor[lang]
  const app = renderToString(
    <StrictMode>
      <InterfaceLanguageProvider i18n={i18n}>{page}</InterfaceLanguageProvider>
    </StrictMode>,
  )
  // The page's interface strings, fetched by main.tsx as soon as it runs (content-plugin.ts).
  const preloads = `  <link rel="preload" as="fetch" crossorigin href="/locales/${lang}.json">\n`
  const oldLinkTarget =
    oldLinks && hasFirstArticle ? pathOf({ kind: 'article', slug: firstArticleSlug }, 'ru') : null
  const after = [data === undefined ? '' : embedData(data), endnotes?.(lang) || '']
    .filter(Boolean)
    .map((part) => `\n    ${part}`)
    .join('')

  return templateWithoutCode
    .replace(noscriptForEmptyPage, '')
    .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(`${title(lang)} — Tandem`)}</title>`)
    .replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    ${headScript(oldLinkTarget)}`,
    )
    .replace(stylesheet![0], `<style>${css}</style>`)
    .replace('</head>', `${preloads}  </head>`)
    .replace('<div id="root"></div>', `<div id="root">${app}</div>${after}`)
}

const t = (lang: Lang) => i18nFor[lang].t

const pages: PageToWrite[] = [
  {
    file: 'index.html',
    page: (
      <SimplePage kind="home">
        <Library summaries={summaries} articleHref={articleHref} />
      </SimplePage>
    ),
    title: (lang) => t(lang)('library.title'),
    data: summaries,
    oldLinks: true,
  },
  {
    file: '404.html',
    page: (
      <SimplePage kind="not-found">
        <NotFound />
      </SimplePage>
    ),
    title: (lang) => t(lang)('notFound.title'),
  },
  ...entries.map(({ entry, core, extras }) => ({
    file: `a/${entry.slug}/index.html`,
    page: <Reader content={core} loadExtras={entry.loadExtras} />,
    title: (lang: Lang) => localize(core.article.headline, lang).text,
    data: core,
    // Without JavaScript the glossary notes are listed after the article.
    endnotes: (lang: Lang) =>
      core.glossary.length > 0 &&
      `<noscript>${renderToStaticMarkup(
        <InterfaceLanguageProvider i18n={i18nFor[lang]}>
          <Endnotes glossary={core.glossary} notes={extras.notes} lang={lang} />
        </InterfaceLanguageProvider>,
      )}</noscript>`,
  })),
]

for (const lang of languages)
  for (const page of pages) {
    const file = path.join(dist, pathInLanguage(`/${page.file}`, lang))
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, renderPage(lang, page))
    console.log(`prerendered ${path.relative(process.cwd(), file)}`)
  }
