// Who said what in a Russian news article. Three passes over the paragraphs:
//
// 1. structure: direct speech after a dash, «quotes» with an attribution, and sentences
//    of reported speech, each with the words that name its speaker (a name, a role noun
//    or a pronoun);
// 2. people: every name mentioned in the author's text (not inside a quote), grouped by
//    family name, with the case and gender its endings and context allow;
// 3. resolution: in reading order, each speaker reference is tied to a person; «эксперт»
//    and «он» go to the latest person who fits, as a reader would take them.

import type { Quote, ReportedSpeech, Speaker } from '../content/schema.ts'
import {
  genericSpeakerNouns,
  isExpertRole,
  personPronouns,
  speechFrameNouns,
  speechVerbReading,
  type Gender,
  type NameReading,
} from './morphology.ts'
import {
  casesFromLeft,
  findReferences,
  roleAfter,
  roleBefore,
  speechVerbAfter,
  type FindOptions,
  type NameReference,
  type Reference,
  type Role,
} from './references.ts'
import { clauseEnd, guillemetSpans, sentences, trimEnd, words, type Span } from './text.ts'
import { transliterate } from './translit.ts'

export interface Detection {
  speakers: Speaker[]
  quotes: Quote[]
  reported: ReportedSpeech[]
  /** Things a person should check, one sentence each, starting «unsure:». */
  unsure: string[]
}

/** Direct speech rarely runs longer; a dash paragraph with no attribution this far is left alone. */
const maxQuoteParagraphs = 6
/** A pronoun whose person was last named further back than this is worth a second look. */
const pronounReach = 2
export const missingRole = 'роль не указана'

interface Cue {
  start: number
  end: number
  subject: Reference
  /** The subject of a speech verb is in the nominative; the source in «по словам X» is not. */
  nominative: boolean
  verbGender?: Gender
}

interface SpeechItem {
  kind: 'dash' | 'inline' | 'reported'
  /** 0-based paragraph indexes. */
  from: number
  to: number
  attribution: string
  text?: string
  subject: Reference
  nominative: boolean
  verbGender?: Gender
}

const subjectOptions: FindOptions = { newSurnames: true }
const inversionOptions: FindOptions = { newSurnames: true, anyCapitalized: true }

/** The reference that is the subject: a name before a role noun before a pronoun. */
function pickSubject(references: Reference[], which: 'first' | 'last'): Reference | null {
  const nominative = references.filter((r) =>
    r.kind === 'name'
      ? r.readings.some((reading) => reading.case === 'nom')
      : r.cases.includes('nom'),
  )
  const rank = (r: Reference) =>
    r.kind === 'name' ? (r.guessed ? 2 : 0) : r.kind === 'noun' ? 1 : 3
  for (const level of [0, 1, 2, 3]) {
    const ofKind = nominative.filter((r) => rank(r) === level)
    const pick = which === 'first' ? ofKind[0] : ofKind.at(-1)
    if (pick) return pick
  }
  return null
}

/** The first reference to a person in a «по словам …» frame: any case goes (it is genitive). */
function pickFrameSource(references: Reference[]): Reference | null {
  return (
    references.find((r) => r.kind === 'name') ?? references.find((r) => r.kind === 'noun') ?? null
  )
}

/**
 * The speech cue of a sentence, if it has one: «По словам политолога X», «Эксперт
 * отметил», «Как отметил эксперт», «Такое мнение высказал X». The cue runs from the start
 * of the sentence to the comma (or colon, or final stop) after the verb and its subject.
 */
export function findSpeechCue(text: string, sentence: Span): Cue | null {
  const all = words(text.slice(sentence.start, sentence.end), sentence.start)
  for (let k = 0; k < all.length; k++) {
    const word = all[k]
    if (!word) continue
    const lower = word.text.toLowerCase()
    if (lower === 'по') {
      const frame = speechFrame(text, all, k, sentence)
      if (frame === 'plural') return null
      if (frame) return frame
      continue
    }
    const verb = speechVerbReading(word.text)
    // «…, — сказал он.» closes direct speech: that is an attribution, not a cue.
    if (!verb || /—\s*$/.test(text.slice(sentence.start, word.start))) continue
    const inverted = all[k - 1]?.text.toLowerCase() === 'как'
    let subject = inverted
      ? null
      : pickSubject(findReferences(text, sentence.start, word.start, subjectOptions), 'last')
    if (!subject) {
      const end = Math.min(clauseEnd(text, word.end), sentence.end)
      subject = pickSubject(findReferences(text, word.end, end, inversionOptions), 'first')
    }
    if (!subject) continue
    const end = Math.min(clauseEnd(text, Math.max(word.end, subject.end)), sentence.end)
    return {
      start: sentence.start,
      end: trimEnd(text, sentence.start, end),
      subject,
      nominative: true,
      verbGender: verb.gender,
    }
  }
  return null
}

function speechFrame(
  text: string,
  all: ReturnType<typeof words>,
  k: number,
  sentence: Span,
): Cue | 'plural' | null {
  let j = k + 1
  const next = all[j]?.text.toLowerCase()
  if (next === 'их' && speechFrameNouns.has(all[j + 1]?.text.toLowerCase() ?? '')) return 'plural'
  const pronoun = next ? personPronouns[next] : undefined
  const possessive = pronoun && !pronoun.cases.includes('nom') ? all[j] : undefined
  if (possessive) j++
  const frame = all[j]
  if (!frame || !speechFrameNouns.has(frame.text.toLowerCase())) return null
  const end = Math.min(clauseEnd(text, frame.end), sentence.end)
  const subject: Reference | null =
    possessive && pronoun
      ? { kind: 'pronoun', start: possessive.start, end: possessive.end, ...pronoun }
      : pickFrameSource(findReferences(text, frame.end, end, subjectOptions))
  if (!subject) return null
  return {
    start: sentence.start,
    end: trimEnd(text, sentence.start, end),
    subject,
    nominative: false,
  }
}

interface Attribution {
  start: number
  end: number
  subject: Reference
  verbGender?: Gender
}

/** «— сказал Ф.Толипов», starting at the dash at `dashIndex`: a speech verb, then its subject. */
function attributionAt(text: string, dashIndex: number): Attribution | null {
  const verb = words(text.slice(dashIndex, dashIndex + 60), dashIndex)[0]
  if (!verb || !/^—\s+$/.test(text.slice(dashIndex, verb.start))) return null
  const reading = speechVerbReading(verb.text)
  if (!reading) return null
  const end = clauseEnd(text, verb.end)
  const subject = pickSubject(findReferences(text, verb.end, end, inversionOptions), 'first')
  if (!subject) return null
  return {
    start: dashIndex,
    end: trimEnd(text, dashIndex, end),
    subject,
    verbGender: reading.gender,
  }
}

/**
 * The attribution that ends a paragraph of direct speech: the last « — » when what
 * follows it is one clause with a speech verb and its subject, ending in a full stop.
 */
export function closingAttribution(text: string): Attribution | null {
  if (!text.endsWith('.')) return null
  const index = text.lastIndexOf(' — ')
  if (index < 0) return null
  const attribution = attributionAt(text, index + 1)
  if (!attribution) return null
  // One sentence only: a stop before the end would mean more text after the attribution.
  const tail = text.slice(index + 1)
  if (sentences(tail).length > 1) return null
  return { ...attribution, end: text.length }
}

/** «— Это важно, — сказал он. — Но …»: an attribution in the middle, which the schema cannot hold. */
function hasMidAttribution(text: string): boolean {
  for (const match of text.matchAll(/[,!?…] — (?=\p{L})/gu)) {
    const dash = match.index + match[0].indexOf('—')
    const attribution = attributionAt(text, dash)
    if (attribution && attribution.end < text.length - 1) return true
  }
  return false
}

export interface InlineQuote {
  span: Span
  text: string
  attribution: string
  subject: Reference
  nominative: boolean
  verbGender?: Gender
}

/** «…», — отметил X / По словам X, «…» / X заявил: «…» / «…» — считает X. */
export function inlineQuotes(text: string): InlineQuote[] {
  const result: InlineQuote[] = []
  const allSentences = sentences(text)
  for (const span of guillemetSpans(text)) {
    const inner = text.slice(span.start + 1, span.end - 1)
    if (inner.trim() === '') continue
    const after = /^,?\s*—\s/.exec(text.slice(span.end))
    if (after) {
      const attribution = attributionAt(text, span.end + after[0].indexOf('—'))
      if (attribution) {
        result.push({
          span,
          text: inner,
          attribution: text.slice(attribution.start, attribution.end),
          subject: attribution.subject,
          nominative: true,
          verbGender: attribution.verbGender,
        })
        continue
      }
    }
    const sentence = allSentences.find((s) => s.start <= span.start && span.start < s.end)
    if (!sentence) continue
    const prefix = text.slice(sentence.start, span.start)
    const mark = /([,:])\s*$/.exec(prefix)
    if (!mark?.[1]) continue
    const markIndex = sentence.start + mark.index
    const cue = findSpeechCue(text, { start: sentence.start, end: span.start })
    if (!cue || cue.end !== markIndex) continue
    result.push({
      span,
      text: inner,
      // «X заявил:» keeps its colon; «По словам X,» drops the comma.
      attribution: text.slice(sentence.start, mark[1] === ':' ? markIndex + 1 : markIndex),
      subject: cue.subject,
      nominative: cue.nominative,
      verbGender: cue.verbGender,
    })
  }
  return result
}

function firstCue(text: string): Cue | null {
  for (const sentence of sentences(text)) {
    const cue = findSpeechCue(text, sentence)
    if (cue) return cue
  }
  return null
}

interface Structure {
  items: SpeechItem[]
  /** For each paragraph: the stretches of the author's own words, where names count. */
  narration: Span[][]
  unsure: string[]
}

/** Pass 1: the quotes and reported speech, and what is narration. */
function findStructure(paragraphs: readonly string[]): Structure {
  const items: SpeechItem[] = []
  const unsure: string[] = []
  const claimed = new Set<number>()
  const narration: Span[][] = paragraphs.map((text) => outsideGuillemets(text))

  paragraphs.forEach((text, i) => {
    if (claimed.has(i) || !text.startsWith('— ')) return
    for (let j = i; j < Math.min(paragraphs.length, i + maxQuoteParagraphs); j++) {
      const paragraph = paragraphs[j] ?? ''
      if (j > i && claimed.has(j)) break
      const attribution = closingAttribution(paragraph)
      if (!attribution && j > i && !continuesQuote(paragraph)) break
      if (attribution) {
        items.push({
          kind: 'dash',
          from: i,
          to: j,
          attribution: paragraph.slice(attribution.start),
          subject: attribution.subject,
          nominative: true,
          verbGender: attribution.verbGender,
        })
        for (let n = i; n <= j; n++) {
          claimed.add(n)
          narration[n] = []
        }
        narration[j] = [{ start: attribution.start, end: paragraph.length }]
        return
      }
      if (hasMidAttribution(paragraph)) {
        unsure.push(
          `unsure: paragraph ${j + 1} has its attribution in the middle («…, — сказал X. — …»), which a quote cannot record; left as narration`,
        )
        return
      }
    }
    unsure.push(
      `unsure: paragraph ${i + 1} opens with a dash, but no attribution («…, — сказал X.») ends it or the paragraphs after it; left as narration`,
    )
  })

  paragraphs.forEach((text, i) => {
    if (claimed.has(i)) return
    const quotes = inlineQuotes(text)
    const first = quotes[0]
    if (!first) {
      if (looksQuoted(text))
        unsure.push(
          `unsure: paragraph ${i + 1} has a «…» that reads like a quote, but no speaker was found for it; left as narration`,
        )
      return
    }
    claimed.add(i)
    items.push({
      kind: 'inline',
      from: i,
      to: i,
      attribution: first.attribution,
      text: first.text,
      subject: first.subject,
      nominative: first.nominative,
      verbGender: first.verbGender,
    })
    if (quotes.length > 1)
      unsure.push(
        `unsure: paragraph ${i + 1} has ${quotes.length} quotes; only the first («${shorten(first.text)}») was kept`,
      )
  })

  paragraphs.forEach((text, i) => {
    if (claimed.has(i)) return
    const cue = firstCue(text)
    if (!cue) return
    claimed.add(i)
    items.push({
      kind: 'reported',
      from: i,
      to: i,
      attribution: text.slice(cue.start, cue.end),
      subject: cue.subject,
      nominative: cue.nominative,
      verbGender: cue.verbGender,
    })
  })

  return { items, narration, unsure }
}

/** A «…» after a colon, or before « — »: a quote whose attribution the rules did not read. */
function looksQuoted(text: string): boolean {
  return guillemetSpans(text).some(
    (span) => /:\s*$/.test(text.slice(0, span.start)) || /^,?\s*—\s/.test(text.slice(span.end)),
  )
}

/** A paragraph can carry on a quote unless it reads as the author's reporting. */
function continuesQuote(text: string): boolean {
  return firstCue(text) === null && inlineQuotes(text).length === 0
}

function outsideGuillemets(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const quote of guillemetSpans(text)) {
    spans.push({ start, end: quote.start })
    start = quote.end
  }
  spans.push({ start, end: text.length })
  return spans
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

interface Mention {
  paragraph: number
  start: number
  end: number
  reference: NameReference
  role: Role | null
  readings: NameReading[]
  verbGender?: Gender
}

interface Person {
  key: string
  mentions: Mention[]
  gender: Gender
  genderSure: boolean
  surname: string
  name: string
  role: string | null
  nouns: string[]
  spoke: boolean
}

/** Pass 2: every name in the author's text, read in its context. */
function findMentions(paragraphs: readonly string[], structure: Structure): Mention[] {
  const subjectGender = new Map<string, Gender | undefined>()
  const known = new Set<string>()
  for (const item of structure.items)
    if (item.subject.kind === 'name') {
      const paragraph = item.kind === 'dash' ? item.to : item.from
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

function buildPeople(mentions: Mention[]): Map<string, Person> {
  const byKey = new Map<string, Mention[]>()
  for (const mention of mentions)
    byKey.set(mention.reference.key, [...(byKey.get(mention.reference.key) ?? []), mention])
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
      nouns: [],
      spoke: false,
    })
  }
  return people
}

interface Resolved {
  item: SpeechItem
  person: Person
}

/** Pass 3: who each reference stands for, in reading order. */
function resolve(
  paragraphs: readonly string[],
  items: SpeechItem[],
  mentions: Mention[],
  people: Map<string, Person>,
  unsure: string[],
): Resolved[] {
  type Event = { paragraph: number; position: number; mention?: Mention; item?: SpeechItem }
  const events: Event[] = [
    ...mentions.map((mention): Event => ({
      paragraph: mention.paragraph,
      position: mention.start,
      mention,
    })),
    ...items.map((item): Event => ({
      paragraph: item.kind === 'dash' ? item.to : item.from,
      position: item.subject.start,
      item,
    })),
  ].sort((a, b) => a.paragraph - b.paragraph || a.position - b.position || (a.mention ? -1 : 1))

  const lastSeen = new Map<Person, { paragraph: number; order: number }>()
  let order = 0
  const see = (person: Person, paragraph: number) =>
    lastSeen.set(person, { paragraph, order: order++ })
  const ranked = () =>
    [...lastSeen.entries()].sort((a, b) => b[1].order - a[1].order).map(([person]) => person)

  const resolved: Resolved[] = []
  for (const event of events) {
    if (event.mention) {
      const person = people.get(event.mention.reference.key)
      if (person) see(person, event.paragraph)
      continue
    }
    const item = event.item
    if (!item) continue
    const where = `paragraph ${item.from + 1}`
    const words = paragraphs[event.paragraph]?.slice(item.subject.start, item.subject.end) ?? ''
    const person = resolveSubject(item, ranked(), people, where, words, unsure)
    if (!person) continue
    const last = lastSeen.get(person)
    if (item.subject.kind === 'pronoun' && last && item.from - last.paragraph > pronounReach)
      unsure.push(
        `unsure: «${words}» in ${where} taken to be ${person.name}, last named ${item.from - last.paragraph} paragraphs earlier`,
      )
    if (item.verbGender && item.verbGender !== person.gender)
      unsure.push(
        `unsure: gender mismatch in ${where}: the verb is ${item.verbGender === 'f' ? 'feminine' : 'masculine'}, but ${person.name} reads as ${person.gender === 'f' ? 'a woman' : 'a man'}`,
      )
    if (item.subject.kind === 'noun') person.nouns.push(item.subject.noun)
    person.spoke = true
    see(person, event.paragraph)
    resolved.push({ item, person })
  }
  return resolved
}

function resolveSubject(
  item: SpeechItem,
  ranked: Person[],
  people: Map<string, Person>,
  where: string,
  words: string,
  unsure: string[],
): Person | null {
  const subject = item.subject
  if (subject.kind === 'name') {
    const person = people.get(subject.key)
    if (!person) unsure.push(`unsure: «${words}» in ${where} was not found as a name; dropped`)
    return person ?? null
  }
  const gender = subject.kind === 'pronoun' ? subject.gender : item.verbGender
  const fitsGender = (p: Person) => !gender || p.gender === gender
  if (subject.kind === 'pronoun') {
    const person = ranked.find(fitsGender) ?? ranked[0]
    if (!person)
      unsure.push(`unsure: «${words}» in ${where} refers to nobody named before; dropped`)
    return person ?? null
  }
  const noun = subject.noun
  const fitsRole = (p: Person) =>
    (p.role ?? '').toLowerCase().includes(noun) ||
    p.nouns.includes(noun) ||
    (genericSpeakerNouns.has(noun) && (p.spoke || isExpertRole(p.role ?? '')))
  const person =
    ranked.find((p) => fitsGender(p) && fitsRole(p)) ??
    ranked.find((p) => fitsGender(p) && p.spoke) ??
    ranked[0]
  if (!person) {
    unsure.push(`unsure: «${words}» in ${where} refers to nobody named before; dropped`)
    return null
  }
  if (!fitsRole(person))
    unsure.push(
      `unsure: «${words}» in ${where} taken to be ${person.name} (${person.role ?? missingRole}), the latest speaker`,
    )
  return person
}

function introduction(person: Person, paragraphs: readonly string[]) {
  const mention = person.mentions.find((m) => m.reference.first) ?? person.mentions[0]
  if (!mention) return { paragraph: 1, text: person.name }
  const text = paragraphs[mention.paragraph] ?? ''
  const start =
    mention.role && mention.role.start < mention.start ? mention.role.start : mention.start
  return { paragraph: mention.paragraph + 1, text: text.slice(start, mention.end) }
}

/** Finds the speakers, quotes and reported speech of an article's paragraphs. */
export function detectSpeech(paragraphs: readonly string[]): Detection {
  const structure = findStructure(paragraphs)
  const unsure = [...structure.unsure]
  const mentions = findMentions(paragraphs, structure)
  const people = buildPeople(mentions)
  const resolved = resolve(paragraphs, structure.items, mentions, people, unsure)

  const speakers = [...people.values()]
    .filter((person) => person.spoke)
    .sort((a, b) => firstSeen(a) - firstSeen(b))
  const ids = new Map<Person, string>()
  const used = new Set<string>()
  for (const person of speakers) {
    const base = transliterate(person.surname) || 'speaker'
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    ids.set(person, id)
    if (!person.genderSure)
      unsure.push(
        `unsure: could not tell from the text whether ${person.name} is a man or a woman; read as ${person.gender === 'f' ? 'a woman' : 'a man'}`,
      )
    if (!person.role && !person.nouns[0])
      unsure.push(`unsure: no role found for ${person.name}; wrote «${missingRole}»`)
  }

  const quotes: Quote[] = []
  const reported: ReportedSpeech[] = []
  for (const { item, person } of [...resolved].sort((a, b) => a.item.from - b.item.from)) {
    const speakerId = ids.get(person) ?? ''
    if (item.kind === 'reported')
      reported.push({
        id: `r${reported.length + 1}`,
        speakerId,
        paragraph: item.from + 1,
        cue: item.attribution,
      })
    else
      quotes.push({
        id: `q${quotes.length + 1}`,
        speakerId,
        from: item.from + 1,
        to: item.to + 1,
        attribution: item.attribution,
        ...(item.text === undefined ? {} : { text: item.text }),
      })
  }

  return {
    speakers: speakers.map((person) => ({
      id: ids.get(person) ?? '',
      name: { ru: person.name },
      role: { ru: person.role ?? person.nouns[0] ?? missingRole },
      introducedAs: introduction(person, paragraphs),
    })),
    quotes,
    reported,
    unsure,
  }
}

function firstSeen(person: Person): number {
  const first = person.mentions[0]
  return first ? first.paragraph * 1e6 + first.start : Number.MAX_SAFE_INTEGER
}
