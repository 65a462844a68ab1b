import { z } from 'zod'

// The content types and their validation. The browser bundle imports only the types
// (`import type`), so zod and these checks run at build and test time, never in the reader.

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens')
const text = z.string().min(1, 'must not be empty')
const paragraphNumber = z.number().int().min(1)
const localized = z.object({ ru: text, en: text }).strict()
// A draft is Russian-only until someone translates it: its English may be missing.
const localizedDraft = z.object({ ru: text, en: text.optional() }).strict()

const articleSchema = z
  .object({
    slug: id,
    date: z.iso.date(),
    /** Not yet translated or annotated: listed as such and read as Russian-only. */
    draft: z.literal(true).optional(),
    headline: localizedDraft,
    /** Where the article was first published: the reader links to it. */
    source: z
      .object({
        outlet: localizedDraft,
        url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
        language: z.enum(['ru', 'en', 'kk', 'uz', 'ky', 'tg']),
      })
      .strict()
      .optional(),
    paragraphs: z.array(text).min(1),
    sic: z.array(z.object({ paragraph: paragraphNumber, text, intended: text }).strict()),
  })
  .strict()

const speakersSchema = z.array(
  z
    .object({
      id,
      name: localizedDraft,
      role: localizedDraft,
      introducedAs: z.object({ paragraph: paragraphNumber, text }).strict(),
    })
    .strict(),
)

const quotesSchema = z.array(
  z
    .object({
      id,
      speakerId: id,
      from: paragraphNumber,
      to: paragraphNumber,
      attribution: text,
      /** A «quote» inside a narration paragraph: the words between the guillemets. */
      text: text.optional(),
    })
    .strict(),
)

const reportedSchema = z.array(
  z.object({ id, speakerId: id, paragraph: paragraphNumber, cue: text }).strict(),
)

const glossarySchema = z.array(
  z
    .object({
      id,
      kind: z.enum(['person', 'place', 'concept', 'language']),
      forms: z.array(text).min(1),
      /**
       * The term as it occurs in translations.json, for marking the English text. Required
       * once the article is published; empty for a term the English has no words for
       * (a Russian news formula such as «напомним» that the translation leaves out).
       */
      formsEn: z.array(text).optional(),
    })
    .strict(),
)

// The notes' text lives apart from the terms: the reader marks terms at first paint
// but loads the notes only when someone may read them.
const notesSchema = z.record(id, z.object({ term: localized, note: localized }).strict())

const translationsSchema = z
  .object({ language: z.literal('en'), paragraphs: z.array(text) })
  .strict()

export const contentSchemas = {
  'article.json': articleSchema,
  'speakers.json': speakersSchema,
  'quotes.json': quotesSchema,
  'reported.json': reportedSchema,
  'glossary.json': glossarySchema,
  'notes.json': notesSchema,
  'translations.json': translationsSchema,
} as const

export type ContentFileName = keyof typeof contentSchemas
export const contentFileNames = Object.keys(contentSchemas) as ContentFileName[]

export type ArticleMeta = z.infer<typeof articleSchema>
export type Sic = ArticleMeta['sic'][number]
export type Speaker = z.infer<typeof speakersSchema>[number]
export type Quote = z.infer<typeof quotesSchema>[number]
export type ReportedSpeech = z.infer<typeof reportedSchema>[number]
export type GlossaryEntry = z.infer<typeof glossarySchema>[number]
export type GlossaryNotes = z.infer<typeof notesSchema>
export type Translations = z.infer<typeof translationsSchema>

/** What the first paint needs: the Russian text and who said what. */
export interface ArticleCore {
  article: ArticleMeta
  speakers: Speaker[]
  quotes: Quote[]
  reported: ReportedSpeech[]
  glossary: GlossaryEntry[]
}

/** What a reader asks for later: the English translation and the glossary notes. */
export interface ArticleExtras {
  /** Null while the article is a draft without a translation. */
  translations: Translations | null
  notes: GlossaryNotes
}

/** Only a draft may go without these files. */
const draftOptionalFiles: readonly ContentFileName[] = ['translations.json', 'notes.json']

export interface ArticleContent extends ArticleCore, ArticleExtras {}

export interface ContentIssue {
  file: ContentFileName
  field: string
  message: string
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('')
}

/** Checks the shape of each file, then the references between them. */
export function validateArticleContent(
  files: Partial<Record<ContentFileName, unknown>>,
): { content: ArticleContent; issues: [] } | { content: null; issues: ContentIssue[] } {
  const issues: ContentIssue[] = []
  const parsed: Partial<Record<ContentFileName, unknown>> = {}
  const isDraft = (files['article.json'] as { draft?: unknown } | undefined)?.draft === true
  for (const file of contentFileNames) {
    if (files[file] === undefined) {
      if (isDraft && draftOptionalFiles.includes(file)) continue
      issues.push({
        file,
        field: '(file)',
        message: draftOptionalFiles.includes(file)
          ? 'is missing (only a draft, "draft": true in article.json, may go without it)'
          : 'is missing',
      })
      continue
    }
    const result = contentSchemas[file].safeParse(files[file])
    if (result.success) parsed[file] = result.data
    else
      for (const issue of result.error.issues)
        issues.push({ file, field: formatPath(issue.path) || '(root)', message: issue.message })
  }
  if (issues.length > 0) return { content: null, issues }

  const content = {
    article: parsed['article.json'],
    speakers: parsed['speakers.json'],
    quotes: parsed['quotes.json'],
    reported: parsed['reported.json'],
    glossary: parsed['glossary.json'],
    notes: parsed['notes.json'] ?? {},
    translations: parsed['translations.json'] ?? null,
  } as ArticleContent
  const referenceIssues = checkReferences(content)
  return referenceIssues.length > 0
    ? { content: null, issues: referenceIssues }
    : { content, issues: [] }
}

function checkReferences({
  article,
  speakers,
  quotes,
  reported,
  glossary,
  notes,
  translations,
}: ArticleContent): ContentIssue[] {
  const issues: ContentIssue[] = []
  const paragraphCount = article.paragraphs.length
  const paragraph = (n: number) => article.paragraphs[n - 1]
  const speakerIds = new Set(speakers.map((speaker) => speaker.id))
  const claimed = new Map<number, string>()

  function claim(file: ContentFileName, field: string, n: number, owner: string) {
    if (n > paragraphCount) {
      issues.push({
        file,
        field,
        message: `paragraph ${n} does not exist (the article has ${paragraphCount})`,
      })
      return false
    }
    const previous = claimed.get(n)
    if (previous) {
      issues.push({ file, field, message: `paragraph ${n} already belongs to ${previous}` })
      return false
    }
    claimed.set(n, owner)
    return true
  }

  function checkSpeaker(file: ContentFileName, field: string, speakerId: string) {
    if (!speakerIds.has(speakerId))
      issues.push({ file, field, message: `"${speakerId}" names no speaker in speakers.json` })
  }

  function checkUnique(file: ContentFileName, items: { id: string }[]) {
    const seen = new Set<string>()
    items.forEach((item, index) => {
      if (seen.has(item.id))
        issues.push({ file, field: `[${index}].id`, message: `"${item.id}" is used twice` })
      seen.add(item.id)
    })
  }

  if (!article.draft) {
    const untranslated = (file: ContentFileName, field: string) =>
      issues.push({
        file,
        field,
        message: 'is missing (only a draft, "draft": true in article.json, may go without it)',
      })
    if (!article.headline.en) untranslated('article.json', 'headline.en')
    if (!article.source) untranslated('article.json', 'source')
    else if (!article.source.outlet.en) untranslated('article.json', 'source.outlet.en')
    speakers.forEach((speaker, index) => {
      if (!speaker.name.en) untranslated('speakers.json', `[${index}].name.en`)
      if (!speaker.role.en) untranslated('speakers.json', `[${index}].role.en`)
    })
  }

  checkUnique('speakers.json', speakers)
  checkUnique('quotes.json', quotes)
  checkUnique('reported.json', reported)
  checkUnique('glossary.json', glossary)

  speakers.forEach((speaker, index) => {
    const { paragraph: n, text } = speaker.introducedAs
    if (!paragraph(n)?.includes(text))
      issues.push({
        file: 'speakers.json',
        field: `[${index}].introducedAs.text`,
        message: `"${text}" does not occur in paragraph ${n}`,
      })
  })

  quotes.forEach((quote, index) => {
    const field = `[${index}]`
    checkSpeaker('quotes.json', `${field}.speakerId`, quote.speakerId)
    if (quote.to < quote.from) {
      issues.push({
        file: 'quotes.json',
        field: `${field}.to`,
        message: `ends (${quote.to}) before it starts (${quote.from})`,
      })
      return
    }
    for (let n = quote.from; n <= quote.to; n++)
      if (!claim('quotes.json', `${field}.from`, n, `quote ${quote.id}`)) return
    if (quote.text !== undefined) {
      checkInlineQuote(quote, field)
      return
    }
    // Direct speech opens with a dash of any kind (— – -), or is closed by one in its
    // attribution («…, - сказал он»), or opens with its speaker («Министр: …»).
    const first = paragraph(quote.from) ?? ''
    if (
      !/^[—–-] /.test(first) &&
      !(
        quote.from === quote.to &&
        /^[—–-] /.test(quote.attribution) &&
        first.endsWith(quote.attribution)
      ) &&
      !first.startsWith(quote.attribution)
    )
      issues.push({
        file: 'quotes.json',
        field: `${field}.from`,
        message: `paragraph ${quote.from} does not open with a dash ("— ")`,
      })
    if (!paragraph(quote.to)?.endsWith(quote.attribution) && !first.startsWith(quote.attribution))
      issues.push({
        file: 'quotes.json',
        field: `${field}.attribution`,
        message: `paragraph ${quote.to} does not end with "${quote.attribution}"`,
      })
  })

  function checkInlineQuote(quote: Quote, field: string) {
    const text = paragraph(quote.from) ?? ''
    if (quote.to !== quote.from)
      issues.push({
        file: 'quotes.json',
        field: `${field}.to`,
        message: 'a «quote» inside a paragraph must start and end in that paragraph',
      })
    // Any pair of quotation marks: «…», "…", „…“, “…”.
    const marked = ['«»', '""', '„“', '“”', '„”'].some(([open, close]) =>
      text.includes(`${open}${quote.text}${close}`),
    )
    if (!marked)
      issues.push({
        file: 'quotes.json',
        field: `${field}.text`,
        message: `"«${quote.text}»" does not occur in paragraph ${quote.from}`,
      })
    if (!text.includes(quote.attribution))
      issues.push({
        file: 'quotes.json',
        field: `${field}.attribution`,
        message: `"${quote.attribution}" does not occur in paragraph ${quote.from}`,
      })
  }

  reported.forEach((item, index) => {
    const field = `[${index}]`
    checkSpeaker('reported.json', `${field}.speakerId`, item.speakerId)
    if (!claim('reported.json', `${field}.paragraph`, item.paragraph, `reported speech ${item.id}`))
      return
    if (!paragraph(item.paragraph)?.includes(item.cue))
      issues.push({
        file: 'reported.json',
        field: `${field}.cue`,
        message: `"${item.cue}" does not occur in paragraph ${item.paragraph}`,
      })
  })

  const allText = article.paragraphs.join('\n')
  glossary.forEach((entry, index) => {
    entry.forms.forEach((form, formIndex) => {
      if (!allText.includes(form))
        issues.push({
          file: 'glossary.json',
          field: `[${index}].forms[${formIndex}]`,
          message: `"${form}" does not occur in the article text`,
        })
    })
  })

  const englishText = translations?.paragraphs.join('\n')
  glossary.forEach((entry, index) => {
    if (entry.formsEn === undefined) {
      if (!article.draft)
        issues.push({
          file: 'glossary.json',
          field: `[${index}].formsEn`,
          message: 'is missing (only a draft, "draft": true in article.json, may go without it)',
        })
      return
    }
    if (englishText === undefined) return
    entry.formsEn.forEach((form, formIndex) => {
      if (!englishText.includes(form))
        issues.push({
          file: 'glossary.json',
          field: `[${index}].formsEn[${formIndex}]`,
          message: `"${form}" does not occur in the English translation`,
        })
    })
  })

  const glossaryIds = new Set(glossary.map((entry) => entry.id))
  for (const entry of glossary)
    if (!(entry.id in notes))
      issues.push({
        file: 'notes.json',
        field: entry.id,
        message: `is missing: glossary.json has a term "${entry.id}"`,
      })
  for (const noteId of Object.keys(notes))
    if (!glossaryIds.has(noteId))
      issues.push({ file: 'notes.json', field: noteId, message: `names no entry in glossary.json` })

  article.sic.forEach((sic, index) => {
    if (!paragraph(sic.paragraph)?.includes(sic.text))
      issues.push({
        file: 'article.json',
        field: `sic[${index}].text`,
        message: `"${sic.text}" does not occur in paragraph ${sic.paragraph}`,
      })
  })

  if (translations && translations.paragraphs.length !== paragraphCount)
    issues.push({
      file: 'translations.json',
      field: 'paragraphs',
      message: `has ${translations.paragraphs.length} translations for ${paragraphCount} paragraphs`,
    })

  return issues
}
