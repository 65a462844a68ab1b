import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'
import { assertValidContent, readArticleFolder } from '../../build/content-plugin.ts'
import { validateArticleContent, type ArticleContent, type ContentFileName } from './schema.ts'

const slug = '2025-11-14-kazakhstan-uzbekistan'
const seedDir = path.join(import.meta.dirname, slug)

function readSeed(): Record<ContentFileName, unknown> {
  const read = (file: string) =>
    JSON.parse(readFileSync(path.join(seedDir, file), 'utf8')) as unknown
  return {
    'article.json': read('article.json'),
    'speakers.json': read('speakers.json'),
    'quotes.json': read('quotes.json'),
    'reported.json': read('reported.json'),
    'glossary.json': read('glossary.json'),
    'notes.json': read('notes.json'),
    'translations.json': read('translations.json'),
  }
}

/** The seed's files, with `edit` applied to their (typed) contents first. */
function seedWith(edit: (content: ArticleContent) => void): Record<ContentFileName, unknown> {
  const content = validateArticleContent(readSeed()).content!
  edit(content)
  return {
    'article.json': content.article,
    'speakers.json': content.speakers,
    'quotes.json': content.quotes,
    'reported.json': content.reported,
    'glossary.json': content.glossary,
    'notes.json': content.notes,
    'translations.json': content.translations,
  }
}

function issuesOf(files: Record<ContentFileName, unknown>) {
  return validateArticleContent(files).issues.map(
    (issue) => `${issue.file}: ${issue.field}: ${issue.message}`,
  )
}

test('the seed article passes', () => {
  expect(readArticleFolder(seedDir)).toEqual([])
})

test('the seed reproduces the source text exactly, paragraph by paragraph', () => {
  const source = readFileSync(path.join(seedDir, 'source.txt'), 'utf8')
  const { article } = validateArticleContent(readSeed()).content!
  expect(` date ${article.date} ${article.paragraphs.join('\n\n')}`).toBe(source)
  expect(article.paragraphs).toHaveLength(16)
})

test('the seed has 6 quotes by 2 speakers and at least 15 glossary entries', () => {
  const { quotes, glossary } = validateArticleContent(readSeed()).content!
  expect(quotes.filter((quote) => quote.speakerId === 'tolipov')).toHaveLength(2)
  expect(quotes.filter((quote) => quote.speakerId === 'nazarov')).toHaveLength(4)
  expect(glossary.length).toBeGreaterThanOrEqual(15)
})

test('a quote naming an unknown speaker is reported with its file and field', () => {
  const files = seedWith(({ quotes }) => (quotes[2]!.speakerId = 'nazarow'))
  expect(issuesOf(files)).toEqual([
    'quotes.json: [2].speakerId: "nazarow" names no speaker in speakers.json',
  ])
})

test('a glossary form that is not in the text is reported', () => {
  const files = seedWith(({ glossary }) => (glossary[0]!.forms = ['Самарканд']))
  expect(issuesOf(files)).toEqual([
    'glossary.json: [0].forms[0]: "Самарканд" does not occur in the article text',
  ])
})

test('a published article gives every glossary entry its English forms', () => {
  const files = seedWith(({ glossary }) => Reflect.deleteProperty(glossary[5]!, 'formsEn'))
  expect(issuesOf(files)).toEqual([
    'glossary.json: [5].formsEn: is missing (only a draft, "draft": true in article.json, may go without it)',
  ])
})

test('an English glossary form that is not in the translation is reported', () => {
  const files = seedWith(
    ({ glossary }) => (glossary[0]!.formsEn = ['political scientist', 'Samarkand']),
  )
  expect(issuesOf(files)).toEqual([
    'glossary.json: [0].formsEn[1]: "Samarkand" does not occur in the English translation',
  ])
  // A Russian form is no English form: it is looked for in the translation only.
  const russian = seedWith(({ glossary }) => (glossary[5]!.formsEn = ['Хиву']))
  expect(issuesOf(russian)).toEqual([
    'glossary.json: [5].formsEn[0]: "Хиву" does not occur in the English translation',
  ])
})

test('a missing translation is reported', () => {
  const files = seedWith(({ translations }) => translations!.paragraphs.pop())
  expect(issuesOf(files)).toEqual([
    'translations.json: paragraphs: has 15 translations for 16 paragraphs',
  ])
  const blank = seedWith(({ notes }) => Reflect.deleteProperty(notes.khiva!.note, 'en'))
  expect(issuesOf(blank)).toEqual([
    'notes.json: khiva.note.en: Invalid input: expected string, received undefined',
  ])
  const noNote = seedWith(({ notes }) => Reflect.deleteProperty(notes, 'khiva'))
  expect(issuesOf(noNote)).toEqual([
    'notes.json: khiva: is missing: glossary.json has a term "khiva"',
  ])
})

test('a quote span must start with a dash and end with its attribution', () => {
  const files = seedWith(({ quotes }) => {
    quotes[0]!.from = 1
    quotes[0]!.to = 1
  })
  expect(issuesOf(files)).toEqual([
    'quotes.json: [0].from: paragraph 1 does not open with a dash ("— ")',
    'quotes.json: [0].attribution: paragraph 1 does not end with "— сказал Ф.Толипов."',
    'reported.json: [0].paragraph: paragraph 1 already belongs to quote q1',
  ])
  const wrongEnd = seedWith(({ quotes }) => (quotes[0]!.attribution = '— добавил он.'))
  expect(issuesOf(wrongEnd)).toEqual([
    'quotes.json: [0].attribution: paragraph 2 does not end with "— добавил он."',
  ])
})

test('a published article must name its source with an http(s) address', () => {
  const missing = seedWith(({ article }) => Reflect.deleteProperty(article, 'source'))
  expect(issuesOf(missing)).toEqual([
    'article.json: source: is missing (only a draft, "draft": true in article.json, may go without it)',
  ])
  const scripted = seedWith(({ article }) => (article.source!.url = 'javascript:alert(1)'))
  expect(issuesOf(scripted)).toEqual(['article.json: source.url: must be an http(s) address'])
})

test('a paragraph outside the article and a wrong type are reported', () => {
  const files = seedWith(({ reported }) => (reported[0]!.paragraph = 40))
  expect(issuesOf(files)).toEqual([
    'reported.json: [0].paragraph: paragraph 40 does not exist (the article has 16)',
  ])
  const typed = seedWith(({ article }) => (article.date = '14.11.2025'))
  expect(issuesOf(typed)).toEqual(['article.json: date: Invalid ISO date'])
})

test('the build stops on a broken folder, naming the file and the field', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tandem-content-'))
  cpSync(seedDir, path.join(root, slug), { recursive: true })
  const speakers = path.join(root, slug, 'speakers.json')
  writeFileSync(speakers, readFileSync(speakers, 'utf8').replace('"tolipov"', '"tolipow"'))
  expect(() => assertValidContent([root])).toThrow(
    /2025-11-14-kazakhstan-uzbekistan\/quotes\.json: \[0\]\.speakerId: "tolipov" names no speaker/,
  )
  writeFileSync(speakers, '[{ "id": ')
  expect(() => assertValidContent([root])).toThrow(/speakers\.json: \(file\): is not valid JSON/)
})

/** The seed as a freshly imported draft: Russian only, no translation, notes or glossary. */
function seedAsDraft(): Partial<Record<ContentFileName, unknown>> {
  const { article, speakers, quotes, reported } = validateArticleContent(readSeed()).content!
  return {
    'article.json': { ...article, draft: true, headline: { ru: article.headline.ru } },
    'speakers.json': speakers.map((speaker) => ({
      ...speaker,
      name: { ru: speaker.name.ru },
      role: { ru: speaker.role.ru },
    })),
    'quotes.json': quotes,
    'reported.json': reported,
    'glossary.json': [],
  }
}

test('a draft may go without English, translations and notes', () => {
  const result = validateArticleContent(seedAsDraft())
  expect(result.issues).toEqual([])
  expect(result.content?.translations).toBeNull()
  expect(result.content?.notes).toEqual({})
})

test('a draft glossary needs no English forms', () => {
  const { glossary, notes } = validateArticleContent(readSeed()).content!
  const khiva = glossary.find((entry) => entry.id === 'khiva')!
  const files = {
    ...seedAsDraft(),
    'glossary.json': [{ id: khiva.id, kind: khiva.kind, forms: khiva.forms }],
    'notes.json': { khiva: notes.khiva },
  }
  expect(validateArticleContent(files).issues).toEqual([])
})

test('only a draft may go without English, translations and notes', () => {
  const files = seedAsDraft()
  files['article.json'] = { ...(files['article.json'] as object), draft: undefined }
  expect(issuesOf(files as Record<ContentFileName, unknown>)).toEqual([
    'notes.json: (file): is missing (only a draft, "draft": true in article.json, may go without it)',
    'translations.json: (file): is missing (only a draft, "draft": true in article.json, may go without it)',
  ])
  const untranslated = seedWith(({ speakers }) => Reflect.deleteProperty(speakers[1]!.role, 'en'))
  expect(issuesOf(untranslated)).toEqual([
    'speakers.json: [1].role.en: is missing (only a draft, "draft": true in article.json, may go without it)',
  ])
})

test('a «quote» inside a paragraph names its words and its attribution in that paragraph', () => {
  const withInline = (text: string) =>
    seedWith(({ article, quotes, translations }) => {
      article.paragraphs.push('«Граница должна объединять», — отметил Ф.Толипов на встрече.')
      translations!.paragraphs.push('“A border should unite,” F. Tolipov said at the meeting.')
      quotes.push({
        id: 'q7',
        speakerId: 'tolipov',
        from: 17,
        to: 17,
        attribution: '— отметил Ф.Толипов',
        text,
      })
    })
  expect(issuesOf(withInline('Граница должна объединять'))).toEqual([])
  expect(issuesOf(withInline('Граница разделяет'))).toEqual([
    'quotes.json: [6].text: "«Граница разделяет»" does not occur in paragraph 17',
  ])
})
