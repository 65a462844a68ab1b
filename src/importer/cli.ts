// `npm run import -- article.txt [--slug S] [--force] [--headline "…"] [--content-dir DIR]
//  [--source-url URL --outlet NAME] [--json]`
// as a function: it takes the arguments and the output streams and returns the exit
// code, so tests run it in-process. Every failure is one line on stderr, never a stack.

import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { formatDoubt } from './doubts.ts'
import { buildDraft } from './draft.ts'
import { ImportError, decodeArticle, maxArticleBytes } from './parse.ts'
import { writeFolderAtomically } from './write-folder.ts'

export interface Io {
  stdout: (line: string) => void
  stderr: (line: string) => void
  cwd: string
  pid: number
}

export const processIo: Io = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  pid: process.pid,
}

export const importUsage =
  'usage: npm run import -- path/to/article.txt [--slug S] [--force] [--headline "…"] [--content-dir DIR] [--source-url URL --outlet NAME] [--json]'

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined
}

async function readArticleBytes(file: string, label: string): Promise<Uint8Array> {
  const info = await stat(file).catch((error: unknown) => {
    throw new ImportError(
      errorCode(error) === 'ENOENT' ? `${label} does not exist` : `cannot read ${label}`,
    )
  })
  if (info.isDirectory()) throw new ImportError(`${label} is a directory, not an article file`)
  // Checked before reading, so a stray video file is not loaded into memory first.
  if (info.size > maxArticleBytes)
    throw new ImportError(
      `${label} is ${info.size} bytes; a news article is far smaller (the limit is 1 MB)`,
    )
  return readFile(file).catch((error: unknown) => {
    throw new ImportError(
      errorCode(error) === 'EACCES'
        ? `cannot read ${label}: permission denied`
        : `cannot read ${label}`,
    )
  })
}

function parseImportArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        slug: { type: 'string' },
        force: { type: 'boolean', default: false },
        headline: { type: 'string' },
        'content-dir': { type: 'string' },
        'source-url': { type: 'string' },
        outlet: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    throw new ImportError(
      `${message.replace(/\. To specify a positional.*$/, '')} (${importUsage})`,
    )
  }
}

export async function runImport(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const { values, positionals } = parseImportArgs(argv)
    if (values.help) {
      io.stdout(importUsage)
      return 0
    }
    const [file, ...extra] = positionals
    if (file === undefined) throw new ImportError(`no article file given (${importUsage})`)
    if (extra.length > 0)
      throw new ImportError(`one article at a time (got ${positionals.length} files)`)

    const text = decodeArticle(await readArticleBytes(path.resolve(io.cwd, file), file), file)
    const draft = buildDraft(text, {
      label: file,
      headline: values.headline,
      slug: values.slug,
      sourceUrl: values['source-url'],
      outlet: values.outlet,
    })
    const shownDir = values['content-dir'] ?? 'src/content'
    const target = await writeFolderAtomically({
      contentDir: path.resolve(io.cwd, shownDir),
      slug: draft.slug,
      files: draft.files,
      force: values.force,
      pid: io.pid,
      displayDir: shownDir,
    })
    const relative = path.relative(io.cwd, target)
    const shown = relative.startsWith('..') || path.isAbsolute(relative) ? target : relative
    if (values.json) io.stdout(JSON.stringify(summaryJson(draft, shown), null, 2))
    else for (const line of summary(draft, shown)) io.stdout(line)
    return 0
  } catch (error) {
    const message =
      error instanceof ImportError
        ? error.message
        : `unexpected error: ${error instanceof Error ? error.message : String(error)}`
    io.stderr(`import: ${message}`)
    return 1
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

function summary(draft: ReturnType<typeof buildDraft>, folder: string): string[] {
  const { quotes, reported, speakers } = draft.detection
  const inline = quotes.filter((quote) => quote.text !== undefined).length
  const lines = [
    `Wrote the draft ${folder}/`,
    ...[...draft.files.keys()].map((name) => `  ${path.join(folder, name)}`),
    plural(draft.article.paragraphs.length, 'paragraph', 'paragraphs'),
    quotes.length === 0
      ? '0 quotes: no direct speech or «quotes» with an attribution found'
      : `${plural(quotes.length, 'quote', 'quotes')} (${inline} inline)`,
    plural(reported.length, 'reported speech item', 'reported speech items'),
    `${plural(speakers.length, 'speaker', 'speakers')}${speakers.length > 0 ? ': ' : ''}${speakers
      .map((s) => `${s.name.ru} (${s.id}, ${s.role.ru})`)
      .join('; ')}`,
  ]
  if (draft.doubts.length > 0)
    lines.push(
      `${plural(draft.doubts.length, 'thing', 'things')} to check:`,
      ...draft.doubts.map(formatDoubt),
    )
  return lines
}

/** What the summary says, for other programs: `npm run import -- article.txt --json`. */
export function summaryJson(draft: ReturnType<typeof buildDraft>, folder: string) {
  const { quotes, reported, speakers } = draft.detection
  return {
    folder,
    files: [...draft.files.keys()].map((name) => path.join(folder, name)),
    paragraphs: draft.article.paragraphs.length,
    quotes,
    reported,
    speakers: speakers.map((s) => ({ id: s.id, name: s.name.ru, role: s.role.ru })),
    doubts: draft.doubts.map(({ kind, paragraphs, message }) => ({ kind, paragraphs, message })),
  }
}
