// From the article's text to the files of a draft content folder, checked against the
// content schema before anything is written.

import {
  validateArticleContent,
  type ArticleMeta,
  type ContentFileName,
  type GlossaryEntry,
} from '../content/schema.ts'
import { detectSpeech, type Detection } from './detect.ts'
import { doubt, type Doubt } from './doubts.ts'
import { ImportError, normalizeNewlines, parseArticle } from './parse.ts'
import { checkSlug, defaultSlug, headlineFromLead } from './slug.ts'

export interface DraftOptions {
  /** How to name the input in messages: its path. */
  label: string
  headline?: string
  slug?: string
  /** Where the article was published: its address and the outlet's name. */
  sourceUrl?: string
  outlet?: string
}

/** The article's `source`, from --source-url and --outlet; both or neither. */
export function draftSource(
  url: string | undefined,
  outlet: string | undefined,
): ArticleMeta['source'] {
  if (url === undefined && outlet === undefined) return undefined
  const name = outlet?.trim()
  if (url === undefined)
    throw new ImportError("--outlet needs --source-url (the article's address)")
  if (!name) throw new ImportError('--source-url needs --outlet (the name of the publication)')
  let parsed: URL | null = null
  try {
    parsed = new URL(url)
  } catch {
    parsed = null
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
    throw new ImportError(`--source-url must be an http(s) address (got "${url.slice(0, 80)}")`)
  return { outlet: { ru: name }, url, language: 'ru' }
}

export interface Draft {
  slug: string
  article: ArticleMeta
  detection: Detection
  /** File name → contents, in the order they are listed. */
  files: Map<string, string>
  /** Everything to check, the headline first. */
  doubts: Doubt[]
}

/** Two-space JSON with a final newline: what prettier writes for these files too. */
function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

export function buildDraft(text: string, options: DraftOptions): Draft {
  const { date, paragraphs } = parseArticle(text, options.label)
  const doubts: Doubt[] = []
  let headline = options.headline?.trim()
  if (options.headline !== undefined && !headline)
    throw new ImportError('--headline must not be empty')
  if (!headline) {
    headline = headlineFromLead(paragraphs[0] ?? '')
    doubts.push(doubt('headline', [1], `headline taken from the lead: «${headline}»`))
  }
  const source = draftSource(options.sourceUrl, options.outlet)
  const slug = checkSlug(options.slug ?? defaultSlug(date, headline))
  const detection = detectSpeech(paragraphs)
  doubts.push(...detection.doubts)

  const article: ArticleMeta = {
    slug,
    date,
    draft: true,
    headline: { ru: headline },
    ...(source ? { source } : {}),
    paragraphs,
    sic: [],
  }
  const glossary: GlossaryEntry[] = []
  const content: Partial<Record<ContentFileName, unknown>> = {
    'article.json': article,
    'speakers.json': detection.speakers,
    'quotes.json': detection.quotes,
    'reported.json': detection.reported,
    'glossary.json': glossary,
  }
  // The importer's own output must pass the checks every build runs; if it does not,
  // that is a bug here, and writing the folder would only break the build.
  const { issues } = validateArticleContent(content)
  if (issues.length > 0)
    throw new ImportError(
      `the draft does not pass the content schema (an importer bug): ${issues
        .map((issue) => `${issue.file}: ${issue.field}: ${issue.message}`)
        .join('; ')}`,
    )

  const files = new Map<string, string>()
  for (const [name, value] of Object.entries(content)) files.set(name, json(value))
  files.set('source.txt', normalizeNewlines(text).replace(/^\uFEFF/, ''))
  return { slug, article, detection, files, doubts }
}
