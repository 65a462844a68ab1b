// Precision and recall of the detector against hand-made expectations. Pure: the caller
// reads the fixtures and runs the detector.

import type { Quote, ReportedSpeech } from '../content/schema.ts'

export interface SpeakerFacts {
  id: string
  name: { ru: string }
  role: { ru: string }
}

export interface Expectation {
  quotes: Quote[]
  reported: ReportedSpeech[]
  speakers: SpeakerFacts[]
}

export interface Score {
  truePositives: number
  falsePositives: number
  falseNegatives: number
}

export interface Evaluation {
  /** A quote matches when from, to and (for an inline quote) its text match. */
  quoteSpans: Score
  /** A quote or reported item matches when its span or paragraph and its speaker (by name) match. */
  attribution: Score
  /** Reported speech matches by paragraph. */
  reported: Score
  /** A speaker matches on name and role. */
  speakers: Score
}

export const scoreNames = ['quoteSpans', 'attribution', 'reported', 'speakers'] as const
type ScoreName = (typeof scoreNames)[number]

/** Multiset matching: a key expected twice must be found twice. */
export function score(actual: readonly string[], expected: readonly string[]): Score {
  const remaining = new Map<string, number>()
  for (const key of expected) remaining.set(key, (remaining.get(key) ?? 0) + 1)
  let truePositives = 0
  for (const key of actual) {
    const left = remaining.get(key) ?? 0
    if (left > 0) {
      truePositives++
      remaining.set(key, left - 1)
    }
  }
  return {
    truePositives,
    falsePositives: actual.length - truePositives,
    falseNegatives: expected.length - truePositives,
  }
}

const spanKey = (quote: Quote) => `${quote.from}-${quote.to}|${quote.text ?? ''}`

/** Ё and е are one letter to most Russian print, and to a reader. */
const foldYo = (text: string) => text.replaceAll('ё', 'е').replaceAll('Ё', 'Е')

/**
 * A role as a mid-sentence title: «Президент осмотрел …» and «сказал президент» give one
 * role, the capital being the sentence's. The answers write roles in lower case, as the
 * importer does; one hand copied them with the sentence's capital.
 */
const roleKey = (role: string) => role.charAt(0).toLowerCase() + role.slice(1)

function keys(output: Expectation): Record<ScoreName, string[]> {
  // A speaker is a person, known by name: the id is only a key inside one file, and two
  // hands may spell it differently (mirzieev, mirziyoyev) for the same Шавкат Мирзиёев.
  const person = (speakerId: string) => {
    const name = output.speakers.find((speaker) => speaker.id === speakerId)?.name.ru
    return name === undefined ? `#${speakerId}` : foldYo(name)
  }
  return {
    quoteSpans: output.quotes.map(spanKey),
    attribution: [
      ...output.quotes.map((quote) => `quote ${spanKey(quote)}|${person(quote.speakerId)}`),
      ...output.reported.map((item) => `reported ${item.paragraph}|${person(item.speakerId)}`),
    ],
    reported: output.reported.map((item) => String(item.paragraph)),
    speakers: output.speakers.map((s) => `${foldYo(s.name.ru)}|${roleKey(s.role.ru)}`),
  }
}

/** What one side has and the other lacks, measure by measure: the misses, in words. */
export function misses(actual: Expectation, expected: Expectation): string[] {
  const a = keys(actual)
  const e = keys(expected)
  const lines: string[] = []
  for (const name of scoreNames) {
    const only = (mine: string[], theirs: string[]) => {
      const left = [...theirs]
      return mine.filter((key) => {
        const index = left.indexOf(key)
        if (index < 0) return true
        left.splice(index, 1)
        return false
      })
    }
    for (const key of only(a[name], e[name])) lines.push(`${headings[name]}: unexpected ${key}`)
    for (const key of only(e[name], a[name])) lines.push(`${headings[name]}: missed ${key}`)
  }
  return lines
}

export function evaluate(actual: Expectation, expected: Expectation): Evaluation {
  const a = keys(actual)
  const e = keys(expected)
  return {
    quoteSpans: score(a.quoteSpans, e.quoteSpans),
    attribution: score(a.attribution, e.attribution),
    reported: score(a.reported, e.reported),
    speakers: score(a.speakers, e.speakers),
  }
}

/** Nothing found and nothing expected is a perfect score, not a division by zero. */
export function precision(s: Score): number {
  const found = s.truePositives + s.falsePositives
  return found === 0 ? 1 : s.truePositives / found
}

export function recall(s: Score): number {
  const wanted = s.truePositives + s.falseNegatives
  return wanted === 0 ? 1 : s.truePositives / wanted
}

function add(a: Score, b: Score): Score {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
  }
}

/** Micro-averaged: every item of every fixture counts once. */
export function total(evaluations: readonly Evaluation[]): Evaluation {
  const zero: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0 }
  const sum = (name: ScoreName) => evaluations.reduce((acc, e) => add(acc, e[name]), zero)
  return {
    quoteSpans: sum('quoteSpans'),
    attribution: sum('attribution'),
    reported: sum('reported'),
    speakers: sum('speakers'),
  }
}

const headings: Record<ScoreName, string> = {
  quoteSpans: 'quote spans',
  attribution: 'attribution',
  reported: 'reported',
  speakers: 'speakers',
}

function cell(s: Score, measure: (s: Score) => number): string {
  return measure(s).toFixed(2)
}

/**
 * Fixtures named holdout-* were written after the rules and never tuned on (some blind, by
 * someone who had not read the importer): their scores say how it does on new text.
 */
export function isHeldOut(fixtureName: string): boolean {
  return fixtureName.startsWith('holdout-')
}

/** The prefix of the real items in the current fresh blind batch. */
export const freshBlindPrefix = 'holdout6-'

/**
 * Real items named holdout6-* are a fresh blind batch: collected and answered by hand by
 * someone who has not seen the rules, and scored only once the rules of a round are final.
 * They are neither tuned on nor held out in the older sense, so they are kept out of both
 * groups. (The previous batches, holdout2-* to holdout5-*, were each scored once, then read
 * and tuned on: their items now carry no prefix.)
 */
export function isFreshBlind(fixtureName: string): boolean {
  return fixtureName.startsWith(freshBlindPrefix)
}

/**
 * A markdown table: one row per fixture, subtotals for the fixtures the rules were tuned
 * on and for the held-out ones, and a total; precision and recall per measure.
 */
export function formatTable(rows: readonly { name: string; evaluation: Evaluation }[]): string {
  const header = ['fixture', ...scoreNames.flatMap((n) => [`${headings[n]} P`, `${headings[n]} R`])]
  const line = (name: string, e: Evaluation) => [
    name,
    ...scoreNames.flatMap((n) => [cell(e[n], precision), cell(e[n], recall)]),
  ]
  const heldOut = rows.filter((row) => isHeldOut(row.name))
  const tunedOn = rows.filter((row) => !isHeldOut(row.name))
  const subtotal = (name: string, group: typeof rows) =>
    group.length > 0 && group.length < rows.length
      ? [line(name, total(group.map((row) => row.evaluation)))]
      : []
  const body = [
    ...rows.map((row) => line(row.name, row.evaluation)),
    ...subtotal('**tuned on**', tunedOn),
    ...subtotal('**held out**', heldOut),
    line('**total**', total(rows.map((row) => row.evaluation))),
  ]
  const format = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    format(header),
    format(header.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...body.map(format),
  ].join('\n')
}
