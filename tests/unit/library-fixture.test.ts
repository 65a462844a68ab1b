import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'
import { readArticleFolder } from '../../build/content-plugin.ts'
import { runImport } from '../../src/importer/cli.ts'

// The end-to-end build's library adds a draft made by the importer; it must stay exactly
// what `npm run import` makes of its source today.
const slug = '2025-03-04-water-schedule'
const fixture = path.resolve('tests/fixtures/library', slug)

test('the e2e library draft is what the importer makes of its source', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'tandem-library-'))
  const lines: string[] = []
  const io = {
    stdout: (line: string) => lines.push(line),
    stderr: (line: string) => lines.push(line),
    cwd: process.cwd(),
    pid: process.pid,
  }
  const code = await runImport(
    ['tests/fixtures/import/water-schedule.txt', '--slug', slug, '--content-dir', out],
    io,
  )
  expect(code, lines.join('\n')).toBe(0)
  const files = readdirSync(fixture).sort()
  expect(readdirSync(path.join(out, slug)).sort()).toEqual(files)
  for (const file of files)
    expect(readFileSync(path.join(out, slug, file), 'utf8'), file).toBe(
      readFileSync(path.join(fixture, file), 'utf8'),
    )
  expect(readArticleFolder(fixture)).toEqual([])
})
