import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  contentFileNames,
  validateArticleContent,
  type ContentFileName,
} from '../content/schema.ts'
import { runImport, type Io } from './cli.ts'
import { seedDir } from './eval-cli.ts'
import { ImportError } from './parse.ts'
import { temporaryFolder, writeFolderAtomically } from './write-folder.ts'

const seedSource = readFileSync(path.join(seedDir, 'source.txt'))
const pid = 4242

let root: string
let contentDir: string

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tandem-import-'))
  contentDir = path.join(root, 'content')
  mkdirSync(contentDir)
})

afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

async function run(...args: string[]) {
  const stdout: string[] = []
  const stderr: string[] = []
  const io: Io = { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), cwd: root, pid }
  const code = await runImport([...args, '--content-dir', 'content'], io)
  return { code, stdout: stdout.join('\n'), stderr }
}

function article(name: string, contents: string | Uint8Array): string {
  writeFileSync(path.join(root, name), contents)
  return name
}

/** Reads a written folder back the way the build does, and validates it. */
function readFolder(slug: string) {
  const dir = path.join(contentDir, slug)
  const files: Partial<Record<ContentFileName, unknown>> = {}
  for (const file of contentFileNames)
    if (existsSync(path.join(dir, file)))
      files[file] = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
  return { dir, files, result: validateArticleContent(files) }
}

const seedSlug = '2025-11-14-politologa-farkhoda-tolipova-nyneshnie'

describe('npm run import', () => {
  it('writes a valid draft folder for the seed and summarises it', async () => {
    const { code, stdout, stderr } = await run(article('seed.txt', seedSource))
    expect(stderr).toEqual([])
    expect(code).toBe(0)
    const { dir, files, result } = readFolder(seedSlug)
    expect(result.issues).toEqual([])
    expect(readdirSync(dir).sort()).toEqual([
      'article.json',
      'glossary.json',
      'quotes.json',
      'reported.json',
      'source.txt',
      'speakers.json',
    ])
    expect(files['article.json']).toMatchObject({
      slug: seedSlug,
      date: '2025-11-14',
      draft: true,
      headline: {
        ru: 'По словам политолога Фархода Толипова, нынешние отношения Казахстана и Узбекистана имеют стратегическое значение',
      },
      sic: [],
    })
    expect(files['glossary.json']).toEqual([])
    expect(readFileSync(path.join(dir, 'source.txt'))).toEqual(seedSource)
    expect(stdout).toContain(`content/${seedSlug}/article.json`)
    expect(stdout).toContain('16 paragraphs')
    expect(stdout).toContain('6 quotes (0 inline)')
    expect(stdout).toContain('8 reported speech items')
    expect(stdout).toContain(
      '2 speakers: Фарход Толипов (tolipov, политолог); Равшан Назаров (nazarov, узбекистанский политолог)',
    )
    expect(stdout).toContain('unsure: headline taken from the lead')
    expect(readdirSync(contentDir)).toEqual([seedSlug])
  })

  it('takes --headline and --slug, and then has nothing to be unsure of', async () => {
    const { code, stdout } = await run(
      article('seed.txt', seedSource),
      '--slug',
      'kz-uz',
      '--headline',
      'Политологи о союзничестве',
    )
    expect(code).toBe(0)
    const { files, result } = readFolder('kz-uz')
    expect(result.issues).toEqual([])
    expect(files['article.json']).toMatchObject({
      slug: 'kz-uz',
      headline: { ru: 'Политологи о союзничестве' },
    })
    expect(stdout).not.toContain('unsure')
  })

  it("records --source-url and --outlet as the article's source", async () => {
    const url = 'https://kun.uz/ru/news/2020/10/16/example'
    const { code, stderr } = await run(
      article('seed.txt', seedSource),
      '--slug',
      'with-source',
      '--source-url',
      url,
      '--outlet',
      'Kun.uz',
    )
    expect(stderr).toEqual([])
    expect(code).toBe(0)
    const { files, result } = readFolder('with-source')
    expect(result.issues).toEqual([])
    expect(files['article.json']).toMatchObject({
      source: { outlet: { ru: 'Kun.uz' }, url, language: 'ru' },
    })
  })

  it.each([
    [
      ['--source-url', 'ftp://example.com/a', '--outlet', 'X'],
      /--source-url must be an http\(s\) address/,
    ],
    [['--source-url', 'not a url', '--outlet', 'X'], /--source-url must be an http\(s\) address/],
    [['--source-url', 'https://24.kg/a'], /--source-url needs --outlet/],
    [['--outlet', '24.kg'], /--outlet needs --source-url/],
  ])('refuses %j in one line, writing nothing', async (flags, message) => {
    const { code, stdout, stderr } = await run(article('seed.txt', seedSource), ...flags)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toHaveLength(1)
    expect(stderr[0]).toMatch(message)
    expect(readdirSync(contentDir)).toEqual([])
  })

  it('prints the summary as JSON with --json, doubts with their paragraphs', async () => {
    const text =
      ' date 2025-10-01\n\nМинистр транспорта Нурлан Абишулы открыл мост.\n\n' +
      '"Мост простоит сто лет", - сказал министр.\n\nВ ведомстве отметили: «Это важно».\n'
    const { code, stdout } = await run(article('bridge.txt', text), '--json')
    expect(code).toBe(0)
    const summary = JSON.parse(stdout) as {
      folder: string
      quotes: { speakerId: string; from: number; text?: string }[]
      speakers: { id: string; name: string; role: string }[]
      doubts: { kind: string; paragraphs: number[]; message: string }[]
    }
    expect(summary.folder).toMatch(/content\/2025-10-01-/)
    expect(summary.quotes).toMatchObject([
      { speakerId: 'abishuly', from: 2, text: 'Мост простоит сто лет' },
    ])
    expect(summary.speakers).toEqual([
      { id: 'abishuly', name: 'Нурлан Абишулы', role: 'министр транспорта' },
    ])
    expect(summary.doubts.map((d) => [d.kind, d.paragraphs])).toEqual([
      ['headline', [1]],
      ['quote-without-attribution', [3]],
    ])
  })

  it('normalises CRLF to LF in source.txt and reads the same paragraphs', async () => {
    const crlf = seedSource.toString('utf8').replace(/\n/g, '\r\n')
    expect((await run(article('crlf.txt', crlf), '--slug', 'crlf')).code).toBe(0)
    const { dir, files } = readFolder('crlf')
    expect(readFileSync(path.join(dir, 'source.txt'), 'utf8')).toBe(seedSource.toString('utf8'))
    const seedArticle = JSON.parse(readFileSync(path.join(seedDir, 'article.json'), 'utf8')) as {
      paragraphs: string[]
    }
    expect((files['article.json'] as { paragraphs: string[] }).paragraphs).toEqual(
      seedArticle.paragraphs,
    )
  })

  it('writes a valid draft with zero quotes for a text without any, and says so', async () => {
    const text = ' date 2025-09-15 Уборка началась.\n\nНапомним, урожай ожидается хорошим.\n'
    const { code, stdout } = await run(article('plain.txt', text))
    expect(code).toBe(0)
    expect(stdout).toContain('0 quotes: no direct speech or «quotes» with an attribution found')
    expect(stdout).toContain('0 speakers')
    const { files, result } = readFolder('2025-09-15-uborka-nachalas')
    expect(result.issues).toEqual([])
    expect(files['quotes.json']).toEqual([])
    expect(files['speakers.json']).toEqual([])
  })

  it('replaces an existing folder with --force, leaving nothing of the old one', async () => {
    const file = article('seed.txt', seedSource)
    expect((await run(file, '--slug', 'seed')).code).toBe(0)
    writeFileSync(path.join(contentDir, 'seed', 'stale.json'), '{}')

    const again = await run(file, '--slug', 'seed')
    expect(again.code).toBe(1)
    expect(again.stderr).toEqual([
      'import: content/seed already exists; pass --force to replace it, or --slug to choose another name',
    ])
    expect(existsSync(path.join(contentDir, 'seed', 'stale.json'))).toBe(true)

    expect((await run(file, '--slug', 'seed', '--force')).code).toBe(0)
    expect(existsSync(path.join(contentDir, 'seed', 'stale.json'))).toBe(false)
    expect(readFolder('seed').result.issues).toEqual([])
    expect(readdirSync(contentDir)).toEqual(['seed'])
  })

  const oneMegabytePlus = new Uint8Array(1024 * 1024 + 1).fill(0x61)
  const badInputs: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['nope.txt'], /^import: nope\.txt does not exist$/],
    [
      'a directory',
      () => {
        mkdirSync(path.join(root, 'dir'))
        return ['dir']
      },
      /is a directory/,
    ],
    ['an empty file', () => [article('empty.txt', '')], /^import: empty\.txt is empty$/],
    [
      'no date line',
      () => [article('nodate.txt', 'Просто текст.\n\nЕще абзац.')],
      /must start with a line " date YYYY-MM-DD "/,
    ],
    [
      'an invalid date',
      () => [article('baddate.txt', ' date 2025-02-30 Текст.')],
      /2025-02-30 is not a valid date/,
    ],
    [
      'a binary file',
      () => [article('binary.txt', new Uint8Array([0x20, 0x64, 0x61, 0x74, 0x65, 0x00, 0x01]))],
      /is a binary file, not text/,
    ],
    [
      'Windows-1251 text',
      () => [
        article('cp1251.txt', new Uint8Array([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0xcf, 0xee])),
      ],
      /is not UTF-8 text/,
    ],
    [
      'a file over 1 MB',
      () => [article('huge.txt', oneMegabytePlus)],
      /1048577 bytes; a news article is far smaller \(the limit is 1 MB\)/,
    ],
    [
      'a slug with capitals or underscores',
      () => [article('seed.txt', seedSource), '--slug', 'Bad_Slug'],
      /slug "Bad_Slug" must be lowercase latin letters, digits and single hyphens/,
    ],
    [
      'an empty --headline',
      () => [article('seed.txt', seedSource), '--headline', ' '],
      /--headline must not be empty/,
    ],
    [
      'an unknown option',
      () => [article('seed.txt', seedSource), '--fast'],
      /Unknown option '--fast'/,
    ],
    ['no file at all', () => [], /no article file given/],
    [
      'two files',
      () => [article('a.txt', seedSource), article('b.txt', seedSource)],
      /one article at a time/,
    ],
  ]

  it.each(badInputs)('fails cleanly on %s', async (_, args, message) => {
    const { code, stdout, stderr } = await run(...args())
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toHaveLength(1)
    expect(stderr[0]).toMatch(message)
    expect(stderr[0]).not.toMatch(/\n|at .*\.ts:\d+/)
    expect(readdirSync(contentDir)).toEqual([])
  })

  it('fails cleanly when the content directory does not exist', async () => {
    const stderr: string[] = []
    const io: Io = { stdout: () => {}, stderr: (l) => stderr.push(l), cwd: root, pid }
    const code = await runImport([article('seed.txt', seedSource), '--content-dir', 'missing'], io)
    expect(code).toBe(1)
    expect(stderr).toEqual([
      'import: content directory missing does not exist or is not a directory',
    ])
  })
})

describe('writeFolderAtomically', () => {
  const files = new Map([
    ['article.json', '{}\n'],
    // A file in a folder that does not exist: the write fails halfway through.
    ['missing/broken.json', '{}\n'],
  ])

  it('leaves no half-written folder and no temporary folder when a write fails', async () => {
    await expect(
      writeFolderAtomically({ contentDir, slug: 'half', files, force: false, pid }),
    ).rejects.toThrow(ImportError)
    expect(readdirSync(contentDir)).toEqual([])
  })

  it('keeps the old folder when replacing it fails', async () => {
    mkdirSync(path.join(contentDir, 'kept'))
    writeFileSync(path.join(contentDir, 'kept', 'article.json'), 'old')
    await expect(
      writeFolderAtomically({ contentDir, slug: 'kept', files, force: true, pid }),
    ).rejects.toThrow(/could not write/)
    expect(readdirSync(contentDir)).toEqual(['kept'])
    expect(readFileSync(path.join(contentDir, 'kept', 'article.json'), 'utf8')).toBe('old')
  })

  it('writes through a hidden temporary folder that the reader ignores', async () => {
    expect(path.basename(temporaryFolder(contentDir, 'fresh', pid))).toBe('.import-fresh-4242')
    await writeFolderAtomically({
      contentDir,
      slug: 'fresh',
      files: new Map([['article.json', '{}\n']]),
      force: false,
      pid,
    })
    expect(readdirSync(contentDir)).toEqual(['fresh'])
  })
})
