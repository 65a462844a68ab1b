// `npm run import:eval`: runs the detector over the seed article and the invented fixtures
// in tests/fixtures/import, then over the real articles in tests/fixtures/real, and prints
// precision and recall as markdown tables: invented, real tuned on, real held out, and the
// real fresh blind batch (holdout6-*), or a line saying it has no items yet.

import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { processIo, type Io } from './cli.ts'
import { detectSpeech } from './detect.ts'
import type { Doubt } from './doubts.ts'
import {
  evaluate,
  formatTable,
  freshBlindPrefix,
  isFreshBlind,
  isHeldOut,
  misses,
  type Evaluation,
  type Expectation,
} from './evaluate.ts'
import { parseArticle } from './parse.ts'

// npm runs scripts from the package root, and vitest runs from there too. (Under jsdom,
// import.meta.url is not a file: URL, so it cannot be the anchor.)
const repoRoot = process.cwd()
export const seedDir = path.join(repoRoot, 'src/content/2025-11-14-kazakhstan-uzbekistan')
export const fixturesDir = path.join(repoRoot, 'tests/fixtures/import')
export const realDir = path.join(repoRoot, 'tests/fixtures/real')

export interface EvalCase {
  name: string
  paragraphs: string[]
  expected: Expectation
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'))
}

/** The seed's hand-made files are the expectation for its source text. */
export function seedCase(dir = seedDir): EvalCase {
  return {
    name: 'seed',
    paragraphs: parseArticle(readFileSync(path.join(dir, 'source.txt'), 'utf8'), 'seed').paragraphs,
    expected: {
      quotes: readJson(path.join(dir, 'quotes.json')) as Expectation['quotes'],
      reported: readJson(path.join(dir, 'reported.json')) as Expectation['reported'],
      speakers: readJson(path.join(dir, 'speakers.json')) as Expectation['speakers'],
    },
  }
}

/** Every `<name>.txt` with a `<name>.expected.json` beside it. */
export function fixtureCases(dir = fixturesDir): EvalCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length)
      return {
        name,
        paragraphs: parseArticle(readFileSync(path.join(dir, file), 'utf8'), file).paragraphs,
        expected: readJson(path.join(dir, `${name}.expected.json`)) as Expectation,
      }
    })
}

export interface EvalRow {
  name: string
  evaluation: Evaluation
  misses: string[]
  doubts: Doubt[]
}

export function runCase(evalCase: EvalCase): EvalRow {
  const detection = detectSpeech(evalCase.paragraphs)
  return {
    name: evalCase.name,
    evaluation: evaluate(detection, evalCase.expected),
    misses: misses(detection, evalCase.expected),
    doubts: detection.doubts,
  }
}

function printMisses(rows: readonly EvalRow[], io: Io): void {
  const missed = rows.filter((row) => row.misses.length > 0)
  if (missed.length > 0) io.stdout('')
  for (const row of missed) for (const line of row.misses) io.stdout(`- ${row.name}: ${line}`)
}

export const freshBlindTitle = `Real articles, fresh blind (${freshBlindPrefix}*, scored once the rules were final)`

/** Same shape as runImport; the work itself is synchronous. */
export function runImportEval(argv: readonly string[], io: Io = processIo): Promise<number> {
  return Promise.resolve(evalMain(argv, io))
}

function evalMain(argv: readonly string[], io: Io): number {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { fixtures: { type: 'string' }, real: { type: 'string' } },
      strict: true,
    })
    const dir = values.fixtures ? path.resolve(io.cwd, values.fixtures) : fixturesDir
    const rows = [seedCase(), ...fixtureCases(dir)].map(runCase)
    io.stdout(formatTable(rows))
    printMisses(rows, io)
    const real = fixtureCases(values.real ? path.resolve(io.cwd, values.real) : realDir).map(
      runCase,
    )
    const older = real.filter((row) => !isFreshBlind(row.name))
    const fresh = real.filter((row) => isFreshBlind(row.name))
    for (const [title, group] of [
      ['Real articles, tuned on', older.filter((row) => !isHeldOut(row.name))],
      [
        'Real articles, held out (holdout-*; their misses have been read)',
        older.filter((row) => isHeldOut(row.name)),
      ],
      [freshBlindTitle, fresh],
    ] as const) {
      if (group.length === 0 && title !== freshBlindTitle) continue
      io.stdout('')
      io.stdout(`## ${title}`)
      io.stdout('')
      if (group.length === 0) {
        io.stdout(`None yet: no ${freshBlindPrefix}* item in the real set.`)
        continue
      }
      io.stdout(formatTable(group))
      printMisses(group, io)
    }
    return 0
  } catch (error) {
    io.stderr(`import:eval: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}
