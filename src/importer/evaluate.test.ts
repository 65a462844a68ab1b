import { describe, expect, it } from 'vitest'
import { processIo, type Io } from './cli.ts'
import { fixtureCases, realDir, runCase, runImportEval, seedCase } from './eval-cli.ts'
import {
  evaluate,
  formatTable,
  misses,
  precision,
  recall,
  score,
  scoreNames,
  total,
  isFreshBlind,
  isHeldOut,
  type Expectation,
} from './evaluate.ts'

const speaker = (id: string) => ({ id, name: { ru: id }, role: { ru: 'эксперт' } })

const expected: Expectation = {
  quotes: [
    { id: 'q1', speakerId: 'a', from: 2, to: 3, attribution: '— сказал А.' },
    { id: 'q2', speakerId: 'b', from: 5, to: 5, attribution: '— отметил Б', text: 'Да' },
  ],
  reported: [{ id: 'r1', speakerId: 'a', paragraph: 1, cue: 'По словам А' }],
  speakers: [speaker('a'), speaker('b')],
}

describe('evaluate', () => {
  it('scores a perfect match as 1 everywhere', () => {
    const result = evaluate(expected, expected)
    for (const name of scoreNames) {
      expect(precision(result[name])).toBe(1)
      expect(recall(result[name])).toBe(1)
    }
  })

  it('matches spans on from, to and inline text, and attribution on the speaker too', () => {
    const actual: Expectation = {
      quotes: [
        { id: 'q1', speakerId: 'b', from: 2, to: 3, attribution: '— сказал А.' },
        { id: 'q2', speakerId: 'b', from: 5, to: 5, attribution: '— отметил Б', text: 'Нет' },
      ],
      reported: [
        { id: 'r1', speakerId: 'a', paragraph: 1, cue: 'По словам А' },
        { id: 'r2', speakerId: 'a', paragraph: 7, cue: 'Он сказал' },
      ],
      speakers: [speaker('a')],
    }
    const result = evaluate(actual, expected)
    expect(result.quoteSpans).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 })
    expect(result.attribution).toEqual({ truePositives: 1, falsePositives: 3, falseNegatives: 2 })
    expect(result.reported).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 0 })
    expect(precision(result.reported)).toBe(0.5)
    expect(recall(result.speakers)).toBe(0.5)
    expect(misses(actual, expected)).toContain('quote spans: missed 5-5|Да')
  })

  it('counts repeated keys as often as they occur', () => {
    expect(score(['x', 'x'], ['x'])).toEqual({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 0,
    })
  })

  it('calls nothing found for nothing expected perfect', () => {
    const none = { truePositives: 0, falsePositives: 0, falseNegatives: 0 }
    expect(precision(none)).toBe(1)
    expect(recall(none)).toBe(1)
  })

  it('formats a markdown table with a total row', () => {
    const table = formatTable([{ name: 'one', evaluation: evaluate(expected, expected) }])
    expect(table.split('\n')).toHaveLength(4)
    expect(table).toMatch(/^\| fixture \| quote spans P \| quote spans R \|/)
    expect(table).toContain('| **total** | 1.00 | 1.00 |')
  })
})

describe('precision and recall on the seed and the fixtures', () => {
  const rows = [seedCase(), ...fixtureCases()].map(runCase)
  const table = formatTable(rows)

  it('covers at least four fixtures besides the seed', () => {
    expect(rows.length).toBeGreaterThanOrEqual(5)
  })

  it('reproduces the seed exactly', () => {
    const seed = rows.find((row) => row.name === 'seed')
    expect(seed?.misses).toEqual([])
  })

  // The fixtures the rules were tuned on must stay right; the held-out ones guard against
  // regressions at about what was measured when they were written (see the README).
  it('scores at least what was measured, on tuned and on held-out fixtures', () => {
    console.log(
      `\n${table}\n\n${rows.flatMap((r) => r.misses.map((m) => `- ${r.name}: ${m}`)).join('\n')}`,
    )
    const tuned = total(rows.filter((row) => !isHeldOut(row.name)).map((row) => row.evaluation))
    const heldOut = total(rows.filter((row) => isHeldOut(row.name)).map((row) => row.evaluation))
    for (const name of scoreNames) {
      expect(precision(tuned[name]), `${name} precision, tuned on`).toBe(1)
      expect(recall(tuned[name]), `${name} recall, tuned on`).toBe(1)
      expect(precision(heldOut[name]), `${name} precision, held out`).toBeGreaterThanOrEqual(0.8)
      expect(recall(heldOut[name]), `${name} recall, held out`).toBeGreaterThanOrEqual(0.75)
    }
  })

  it('prints the same table from npm run import:eval', async () => {
    const out: string[] = []
    const io: Io = {
      ...processIo,
      stdout: (line) => out.push(line),
      stderr: (line) => out.push(line),
    }
    expect(await runImportEval([], io)).toBe(0)
    expect(out[0]).toBe(table)
  })
})

describe('precision and recall on the real articles', () => {
  // The fresh blind batch (holdout2-*) is not run here: see isFreshBlind.
  const rows = fixtureCases(realDir)
    .filter((c) => !isFreshBlind(c.name))
    .map(runCase)
  const tuned = total(rows.filter((row) => !isHeldOut(row.name)).map((row) => row.evaluation))
  const heldOut = total(rows.filter((row) => isHeldOut(row.name)).map((row) => row.evaluation))

  it('has at least fifteen articles, a third of them held out', () => {
    expect(rows.length).toBeGreaterThanOrEqual(15)
    expect(rows.filter((row) => isHeldOut(row.name)).length).toBeGreaterThanOrEqual(5)
  })

  // A guard against regressions at what was measured when the rules were last changed.
  it('keeps the quote spans it found on the articles tuned on and held out', () => {
    expect(precision(tuned.quoteSpans)).toBe(1)
    expect(recall(tuned.quoteSpans)).toBe(1)
    expect(recall(tuned.reported)).toBe(1)
    expect(precision(heldOut.quoteSpans)).toBeGreaterThanOrEqual(0.95)
    expect(recall(heldOut.quoteSpans)).toBeGreaterThanOrEqual(0.95)
    expect(recall(heldOut.reported)).toBeGreaterThanOrEqual(0.95)
  })
})

// The fresh blind batch was scored once, after the rules of its round were final (see
// tests/fixtures/real/README.md). This guards against regressions at what was measured then;
// rules written after reading its misses would make it a tuned set, and must say so.
describe('the fresh blind batch of real articles (holdout2-*)', () => {
  const cases = fixtureCases(realDir).filter((c) => isFreshBlind(c.name))
  const fresh = total(cases.map(runCase).map((row) => row.evaluation))

  it('has at least eight items and fourteen direct quotes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8)
    expect(cases.reduce((n, c) => n + c.expected.quotes.length, 0)).toBeGreaterThanOrEqual(14)
  })

  it('keeps what was measured when it was first scored', () => {
    expect(precision(fresh.quoteSpans)).toBeGreaterThanOrEqual(0.9)
    expect(recall(fresh.quoteSpans)).toBeGreaterThanOrEqual(0.8)
    expect(recall(fresh.reported)).toBeGreaterThanOrEqual(0.9)
  })
})
