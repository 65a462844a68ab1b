import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { StrictMode } from 'react'
import { renderToStaticMarkup, renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { languageOfVisit } from './app/language-of-visit.ts'
import { languagePath } from './app/location.ts'
import { Reader } from './app/reader.tsx'
import { articles } from './content/articles.ts'
import { embedContent } from './content/embedded.ts'
import { Endnotes } from './features/glossary/endnotes.tsx'
import { createI18n } from './i18n/i18n.ts'
import { en } from './i18n/locales/en.ts'
import { ru } from './i18n/locales/ru.ts'
import { languages, type Lang } from './lib/language.ts'
import { languageKey } from './lib/storage.ts'

// Run after `vite build` (see package.json): writes dist/index.html (Russian) and
// dist/en/index.html (English) with the whole article already in them, the stylesheet
// inlined, and the current interface strings preloaded.

const dist = path.resolve('dist')
const template = readFileSync(path.join(dist, 'index.html'), 'utf8')
const manifest = JSON.parse(
  readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'),
) as Record<string, { file: string }>

const stylesheet = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/.exec(template)
if (!stylesheet?.[1]) throw new Error('prerender: no stylesheet link in dist/index.html')
const css = readFileSync(path.join(dist, stylesheet[1]), 'utf8')

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// Sends a visit that wants the other language to its page before anything is painted,
// and marks the page as scripted so controls that need JavaScript show.
const headScript = `<script>(function(){var l=(${String(languageOfVisit)})(window,${JSON.stringify(
  languageKey,
)}),p=${JSON.stringify(languagePath)};if(l!==document.documentElement.lang){location.replace(p[l]+location.search+location.hash)}document.documentElement.classList.add("js")})()</script>`

const entry = articles[0]
if (!entry) throw new Error('prerender: no article')
const core = await entry.loadCore()
const { notes } = await entry.loadExtras()

function renderPage(lang: Lang): string {
  const i18n = createI18n(lang, { ru, en })
  const app = renderToString(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Reader content={core} loadExtras={entry!.loadExtras} />
      </I18nextProvider>
    </StrictMode>,
  )
  const endnotes = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <Endnotes glossary={core.glossary} notes={notes} lang={lang} />
    </I18nextProvider>,
  )
  const locale = manifest[`src/i18n/locales/${lang}.ts`]?.file
  if (!locale) throw new Error(`prerender: no ${lang} locale chunk in the manifest`)
  const title = `${core.article.headline[lang]} — Tandem`

  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${headScript}`)
    .replace(stylesheet![0], `<style>${css}</style>`)
    .replace('</head>', `  <link rel="modulepreload" crossorigin href="/${locale}">\n  </head>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root">${app}</div>\n    ${embedContent(core)}\n    <noscript>${endnotes}</noscript>`,
    )
    .replace(/\s*<noscript>Tandem needs JavaScript[^<]*<\/noscript>/, '')
}

for (const lang of languages) {
  const file = path.join(dist, languagePath[lang], 'index.html')
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, renderPage(lang))
  console.log(`prerendered ${path.relative(process.cwd(), file)}`)
}
