// Stage 2 of 3, mentions: every person named in the author's text (not inside a quote),
// with the case and gender its endings and context allow, grouped by family name into
// people with a name in the nominative and a role. Pure: paragraphs and the structure in,
// frozen mentions and people out.

import type { Gender, NameReading } from './morphology.ts'
import { adjectiveReading, isGenitiveNoun, speechVerbReading } from './morphology.ts'
import {
  casesFromLeft,
  findReferences,
  isDegree,
  roleAfter,
  roleBefore,
  speechVerbAfter,
  type FindOptions,
  type NameReference,
  type Role,
} from './references.ts'
import type { Structure } from './structure.ts'
import { lowerFirst, sentences, words } from './text.ts'

export interface Mention {
  paragraph: number
  start: number
  end: number
  reference: NameReference
  role: Role | null
  readings: NameReading[]
  verbGender?: Gender
}

export interface Person {
  key: string
  mentions: Mention[]
  gender: Gender
  genderSure: boolean
  surname: string
  name: string
  role: string | null
}

/** Pass 2: every name in the author's text, read in its context. */
export function findMentions(paragraphs: readonly string[], structure: Structure): Mention[] {
  const subjectGender = new Map<string, Gender | undefined>()
  const known = new Set<string>()
  for (const item of structure.items)
    if (item.subject.kind === 'name') {
      const paragraph = item.at
      if (item.nominative) subjectGender.set(`${paragraph}:${item.subject.start}`, item.verbGender)
      known.add(item.subject.key)
    }
  const names = (options: FindOptions) =>
    structure.narration.flatMap((spans, paragraph) =>
      spans.flatMap((span) =>
        findReferences(paragraphs[paragraph] ?? '', span.start, span.end, options)
          .filter((r): r is NameReference => r.kind === 'name')
          .map((reference) => ({ paragraph, reference })),
      ),
    )
  for (const { reference } of names({})) known.add(reference.key)

  return names({ knownKeys: known }).map(({ paragraph, reference }) => {
    const text = paragraphs[paragraph] ?? ''
    const sentence = sentences(text).find(
      (s) => s.start <= reference.start && reference.start < s.end,
    )
    const sentenceStart = sentence?.start ?? 0
    const role = roleBefore(text, sentenceStart, reference.start) ?? roleAfter(text, reference.end)
    const left = casesFromLeft(
      text,
      sentenceStart,
      role && role.start < reference.start ? role.start : reference.start,
    )
    const verbAfter = speechVerbAfter(text, reference.end)
    const verbBefore =
      left?.length === 1 && left[0] === 'nom'
        ? precedingVerb(text, sentenceStart, role?.start ?? reference.start)
        : null
    const verbGender =
      subjectGender.get(`${paragraph}:${reference.start}`) ??
      (verbAfter ? speechVerbReading(verbAfter.text)?.gender : undefined) ??
      verbBefore ??
      undefined
    let cases = role && role.start < reference.start ? role.cases : null
    if (left) cases = cases ? cases.filter((c) => left.includes(c)) : left
    if (verbAfter || subjectGender.has(`${paragraph}:${reference.start}`)) cases = ['nom']
    const readings = narrow(reference.readings, (r) => !cases || cases.includes(r.case))
    return {
      paragraph,
      start: reference.start,
      end: reference.end,
      reference,
      role,
      readings: narrow(readings, (r) => !verbGender || r.gender === verbGender),
      verbGender,
    }
  })
}

function precedingVerb(text: string, sentenceStart: number, start: number): Gender | null {
  const previous = words(text.slice(sentenceStart, start), sentenceStart).at(-1)
  return (previous && speechVerbReading(previous.text)?.gender) ?? null
}

/** Keeps the readings that pass, unless none does: then the context was misread, not the name. */
function narrow<T>(readings: T[], keep: (reading: T) => boolean): T[] {
  const kept = readings.filter(keep)
  return kept.length > 0 ? kept : readings
}

export function buildPeople(mentions: readonly Mention[]): ReadonlyMap<string, Person> {
  const byKey = new Map<string, Mention[]>()
  for (const mention of mentions)
    byKey.set(mention.reference.key, [...(byKey.get(mention.reference.key) ?? []), mention])
  const aliases = mergeYoSpellings(byKey)
  const people = new Map<string, Person>()
  for (const [key, own] of byKey) {
    const votes = { m: 0, f: 0 }
    for (const mention of own) {
      const genders = new Set(mention.readings.map((r) => r.gender))
      if (genders.size === 1) votes[[...genders][0] as Gender]++
      if (mention.verbGender) votes[mention.verbGender]++
    }
    const genderSure = votes.m !== votes.f
    const gender: Gender = votes.f > votes.m ? 'f' : 'm'
    const readings = own.flatMap((m) =>
      m.readings.filter((r) => r.gender === gender).map((r) => ({ mention: m, reading: r })),
    )
    // A full name in the nominative is the best evidence; then any full name; then the rest.
    const full = readings.filter(({ reading }) => reading.first)
    const best =
      full.find(({ reading }) => reading.case === 'nom') ?? full[0] ?? readings[0] ?? null
    const surname = best?.reading.surname ?? own[0]?.reference.surname ?? key
    const initials = own.find((m) => m.reference.initials)?.reference.initials
    const name = best?.reading.first
      ? [best.reading.first, best.reading.patronymic, surname].filter(Boolean).join(' ')
      : initials
        ? `${initials.replace(/\.\s*/g, '. ').trim()} ${surname}`
        : surname
    people.set(key, {
      key,
      mentions: own,
      gender,
      genderSure,
      surname,
      name,
      role: own.find((m) => m.role)?.role?.nominative ?? null,
    })
  }
  for (const [alias, key] of aliases) {
    const person = people.get(key)
    if (person) people.set(alias, person)
  }
  return people
}

const foldYo = (text: string) => text.replace(/ё/g, 'е')

/**
 * Print writes ё or leaves it out at will, sometimes in one article: «Шавкат Мирзиёев», then
 * «Шавкат Мирзиеев». A family name spelt both ways is one person, its mentions under the key
 * seen first, unless their first names differ (Иван Ёлкин and Петр Елкин are two people).
 * Moves the mentions in `byKey` and returns each merged key with the key it went to.
 */
function mergeYoSpellings(byKey: Map<string, Mention[]>): Map<string, string> {
  const aliases = new Map<string, string>()
  const firstNames = (own: readonly Mention[]) =>
    new Set(own.flatMap((m) => m.readings.flatMap((r) => (r.first ? [foldYo(r.first)] : []))))
  for (const key of [...byKey.keys()]) {
    const own = byKey.get(key) ?? []
    const target = [...byKey.keys()].find(
      (other) => other !== key && foldYo(other) === foldYo(key) && !aliases.has(other),
    )
    if (target === undefined || aliases.has(key)) continue
    const [mine, theirs] = [firstNames(own), firstNames(byKey.get(target) ?? [])]
    if (mine.size > 0 && theirs.size > 0 && ![...mine].some((name) => theirs.has(name))) continue
    // The key seen first keeps the person; the later spelling joins it.
    const keys = [...byKey.keys()]
    const [kept, merged] = keys.indexOf(target) < keys.indexOf(key) ? [target, key] : [key, target]
    byKey.set(kept, [...(byKey.get(kept) ?? []), ...(byKey.get(merged) ?? [])])
    byKey.delete(merged)
    aliases.set(merged, kept)
  }
  return aliases
}

/** Genitive words at most after the lead's role noun: «хоким Сурхандарьинской области». */
const maxLeadRoleWords = 4

/**
 * News often opens on a person by post alone («Президент осмотрел …», «хоким области
 * наблюдает …») and names them only further down. The post, with the genitives after it, of
 * the first role noun of the lead's narration that is in the nominative, is not followed by a
 * name and is no named person's post: the caller gives it to the one speaker found without
 * a role. Null when the lead has no such post.
 */
export function leadRole(
  paragraphs: readonly string[],
  structure: Structure,
  people: ReadonlyMap<string, Person>,
): string | null {
  const text = paragraphs[0] ?? ''
  for (const span of structure.narration[0] ?? []) {
    const references = findReferences(text, span.start, span.end)
    for (const [index, reference] of references.entries()) {
      if (reference.kind !== 'noun' || !reference.cases.includes('nom')) continue
      const after = words(text.slice(reference.end, span.end), reference.end)
      if (isDegree(reference.noun, after[0])) continue
      let end = reference.end
      for (const word of after.slice(0, maxLeadRoleWords)) {
        if (/[,.;:!?()«»—–]/.test(text.slice(end, word.start))) break
        if (!isGenitiveNoun(word.text) && !adjectiveReading(word.text)?.cases.includes('gen')) break
        end = word.end
      }
      const next = references[index + 1]
      if (next?.kind === 'name' && /^\s*$/.test(text.slice(end, next.start))) continue
      if ([...people.values()].some((p) => p.role?.split(' ')[0] === reference.noun)) return null
      return lowerFirst(text.slice(reference.start, end))
    }
  }
  return null
}
