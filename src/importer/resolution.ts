// Stage 3 of 3, resolution: who said each span. In reading order, each speaker reference
// is tied to a person: a name to its person, «эксперт» or «министр» to the latest person
// who fits that role, «он»/«она» to the person of that gender at the centre of the scene
// (the latest one who spoke or was the subject of a sentence, rather than someone named
// since only in passing, as an object), as a reader would take them. Every call that needs
// a second look comes back as a Doubt.

import { genericSpeakerNouns, isExpertRole, roleNounReading, type Gender } from './morphology.ts'
import type { Mention, Person } from './mentions.ts'
import type { SpeechItem } from './structure.ts'
import { doubt, type Doubt } from './doubts.ts'
import { clauseEnd, words as wordsOf } from './text.ts'

/** A pronoun whose person was last named further back than this is worth a second look. */
const pronounReach = 2
export const missingRole = 'роль не указана'

export interface Resolved {
  readonly item: SpeechItem
  readonly person: Person
}

export interface Resolution {
  readonly resolved: readonly Resolved[]
  /** The keys of the people who spoke. */
  readonly speakers: ReadonlySet<string>
  /** The role nouns each speaker was referred to by («эксперт», «министр»), by key. */
  readonly nouns: ReadonlyMap<string, readonly string[]>
  readonly doubts: readonly Doubt[]
}

/** Who each speech item's subject stands for, in reading order. */
export function resolveSpeakers(
  paragraphs: readonly string[],
  items: readonly SpeechItem[],
  mentions: readonly Mention[],
  people: ReadonlyMap<string, Person>,
): Resolution {
  type Event = { paragraph: number; position: number; mention?: Mention; item?: SpeechItem }
  const events: Event[] = [
    ...mentions.map((mention): Event => ({
      paragraph: mention.paragraph,
      position: mention.start,
      mention,
    })),
    ...items.map((item): Event => ({
      paragraph: item.at,
      position: item.subject.start,
      item,
    })),
  ].sort((a, b) => a.paragraph - b.paragraph || a.position - b.position || (a.mention ? -1 : 1))

  const lastSeen = new Map<Person, Seen>()
  let order = 0
  const see = (person: Person, paragraph: number, subject: boolean) =>
    lastSeen.set(person, { paragraph, order: order++, subject })
  const ranked = () =>
    [...lastSeen.entries()].sort((a, b) => b[1].order - a[1].order).map(([person]) => person)

  const state: State = { spoke: new Set(), nouns: new Map() }
  const doubts: Doubt[] = []
  const resolved: Resolved[] = []
  for (const event of events) {
    if (event.mention) {
      const person = people.get(event.mention.reference.key)
      if (person) see(person, event.paragraph, isSubjectMention(event.mention, person))
      continue
    }
    const item = event.item
    if (!item) continue
    const paragraph = item.from + 1
    const text = paragraphs[event.paragraph] ?? ''
    const words = text.slice(item.subject.start, item.subject.end)
    const complement = roleComplement(text, item.subject.end)
    const person = resolveSubject(
      item,
      ranked(),
      people,
      state,
      { paragraph, words, complement, lastSeen, at: event.paragraph },
      doubts,
    )
    if (!person) continue
    const last = lastSeen.get(person)
    if (item.subject.kind === 'pronoun' && last && item.from - last.paragraph > pronounReach)
      doubts.push(
        doubt(
          'far-pronoun',
          [paragraph, last.paragraph + 1],
          `«${words}» in paragraph ${paragraph} taken to be ${person.name}, last named ${item.from - last.paragraph} paragraphs earlier`,
        ),
      )
    if (item.verbGender && item.verbGender !== person.gender)
      doubts.push(
        doubt(
          'gender-mismatch',
          [paragraph],
          `gender mismatch in paragraph ${paragraph}: the verb is ${item.verbGender === 'f' ? 'feminine' : 'masculine'}, but ${person.name} reads as ${person.gender === 'f' ? 'a woman' : 'a man'}`,
        ),
      )
    const called = [
      ...(item.sameAs ? [item.sameAs] : []),
      ...(item.subject.kind === 'noun' ? [item.subject.noun] : []),
    ]
    if (called.length > 0)
      state.nouns.set(person.key, [...(state.nouns.get(person.key) ?? []), ...called])
    state.spoke.add(person.key)
    see(person, event.paragraph, true)
    resolved.push({ item, person })
  }
  return { resolved, speakers: state.spoke, nouns: state.nouns, doubts }
}

interface State {
  spoke: Set<string>
  nouns: Map<string, string[]>
}

/**
 * Whether a role («вице-спикер Жогорку Кенеша», «торага») is one a bare role noun
 * («спикер») can refer to: one of its words has that noun, or a title that means the same,
 * as its lemma. Whole words only: a «вице-спикер» is not a «спикер».
 */
export function roleHasNoun(role: string, noun: string): boolean {
  const nouns = new Set([noun, ...(sameTitle[noun] ?? [])])
  return wordsOf(role.toLowerCase()).some((word) => {
    const reading = roleNounReading(word.text)
    return nouns.has(word.text) || (reading !== undefined && nouns.has(reading.noun))
  })
}

/** Central Asian titles and the Russian role nouns that stand for the same post. */
const sameTitle: Record<string, string[]> = {
  спикер: ['торага'],
  торага: ['спикер'],
}

/** When a person was last referred to, and whether as the one acting (speaker or subject). */
interface Seen {
  paragraph: number
  order: number
  subject: boolean
}

/**
 * A mention that can be the subject of its sentence: a name that may be in the nominative
 * for the person's gender («Президент Садыр Жапаров заявил»), not one that only an oblique
 * case fits («после переговоров с Владимиром Путиным», «призвал Садыра Жапарова»: «Садыра
 * Жапарова» would be a nominative only for a woman).
 */
export function isSubjectMention(mention: Mention, person: Person): boolean {
  return mention.readings.some((r) => r.case === 'nom' && r.gender === person.gender)
}

/**
 * The person a pronoun of speech («сказал он», «по его словам») stands for: of the people
 * of its gender, the latest who spoke or was the subject of a sentence, if that was in this
 * paragraph or the one before; otherwise the latest of that gender. Russian carries the
 * subject on from sentence to sentence; a person named since as an object does not take it.
 */
export function pronounAntecedent(
  ranked: readonly Person[],
  lastSeen: ReadonlyMap<Person, Seen>,
  gender: Gender,
  paragraph: number,
): Person | undefined {
  const ofGender = ranked.filter((p) => p.gender === gender)
  const actor = ofGender.find((p) => {
    const seen = lastSeen.get(p)
    return seen !== undefined && seen.subject && paragraph - seen.paragraph <= 1
  })
  return actor ?? ofGender[0]
}

function resolveSubject(
  item: SpeechItem,
  ranked: Person[],
  people: ReadonlyMap<string, Person>,
  state: State,
  {
    paragraph,
    words,
    complement,
    lastSeen,
    at,
  }: {
    paragraph: number
    words: string
    complement: string[]
    lastSeen: ReadonlyMap<Person, Seen>
    /** The 0-based paragraph of the item's subject. */
    at: number
  },
  doubts: Doubt[],
): Person | null {
  const subject = item.subject
  const where = `paragraph ${paragraph}`
  const nobody = () =>
    doubts.push(
      doubt(
        'unresolved-speaker',
        [paragraph],
        `«${words}» in ${where} refers to nobody named before; dropped`,
      ),
    )
  if (subject.kind === 'name') {
    const person = people.get(subject.key)
    if (!person)
      doubts.push(
        doubt(
          'unresolved-speaker',
          [paragraph],
          `«${words}» in ${where} was not found as a name; dropped`,
        ),
      )
    return person ?? null
  }
  const gender = subject.kind === 'pronoun' ? subject.gender : item.verbGender
  const fitsGender = (p: Person) => !gender || p.gender === gender
  if (subject.kind === 'pronoun') {
    // «Тот отказался …»: the demonstrative takes the latest person named, as «the latter» does.
    const latest = subject.demonstrative
      ? ranked.find((p) => p.gender === subject.gender)
      : undefined
    // With nobody of its gender named, «она» is someone the article does not name («Женщина
    // рассказала …», «— сказала она»), unless the gender of the person named is only a guess.
    const person =
      latest ??
      pronounAntecedent(ranked, lastSeen, subject.gender, at) ??
      ranked.find((p) => !p.genderSure)
    if (!person) nobody()
    return person ?? null
  }
  // «Об этом сообщил пресс-секретарь президента Берик Уали»: a role noun in apposition to the
  // name after it is that person, whoever else holds or fits the post.
  const apposed = [...people.values()].find((person) =>
    person.mentions.some(
      (m) =>
        m.paragraph === at &&
        m.role !== null &&
        m.role.start <= subject.start &&
        subject.end <= m.start,
    ),
  )
  if (apposed) return apposed
  const noun = subject.noun
  const stateHead = isHeadOfState(noun, complement)
  const fitsRole = (p: Person) =>
    stateHead
      ? holdsHeadOfState(p.role ?? '') || (state.nouns.get(p.key) ?? []).includes(noun)
      : fitsNoun(p)
  const calledBy = (p: Person) =>
    (state.nouns.get(p.key) ?? []).some((called) => called === noun || roleHasNoun(called, noun))
  const fitsNoun = (p: Person) =>
    roleHasNoun(p.role ?? '', noun) ||
    calledBy(p) ||
    (genericSpeakerNouns.has(noun) && (state.spoke.has(p.key) || isExpertRole(p.role ?? '')))
  // Someone whose role names the post («торага» for «спикер») comes before someone a
  // generic noun («спикер» for whoever is speaking) fits only because they spoke. An expert
  // noun («эксперт», «специалист») names no post: there the latest speaker stays first.
  const namesPost = (p: Person) =>
    !isExpertRole(noun) &&
    (stateHead ? holdsHeadOfState(p.role ?? '') : roleHasNoun(p.role ?? '', noun) || calledBy(p))
  const fitsAll = ranked
    .filter((p) => fitsGender(p) && fitsRole(p))
    .sort((a, b) => Number(namesPost(b)) - Number(namesPost(a)))
  // «— заявил и.о. министра финансов»: of several ministers, the one whose role has «финансов».
  const closer = fitsAll.filter((p) => {
    const role = (p.role ?? '').toLowerCase()
    return complement.length > 0 && complement.every((word) => role.includes(word))
  })
  const fitting =
    closer.length > 0 ? [...closer, ...fitsAll.filter((p) => !closer.includes(p))] : fitsAll
  if (item.strictRole && fitting.length === 0) {
    nobody()
    return null
  }
  // «глава государства» with no president among the posts given: someone named without a
  // post of their own, not the speaker whose post is another («пресс-секретарь президента»).
  const person =
    fitting[0] ??
    (stateHead ? ranked.find((p) => fitsGender(p) && !p.role) : undefined) ??
    ranked.find((p) => fitsGender(p) && state.spoke.has(p.key)) ??
    ranked[0]
  if (!person) {
    nobody()
    return null
  }
  const others = (closer.length > 0 ? closer : fitting).filter(
    (p) => p !== person && !genericSpeakerNouns.has(noun),
  )
  if (others.length > 0)
    doubts.push(
      doubt(
        'role-only-speaker',
        [paragraph],
        `«${words}» in ${where} taken to be ${person.name}, the latest of ${others.length + 1} people with that role`,
      ),
    )
  else if (!fitsRole(person))
    doubts.push(
      doubt(
        'role-only-speaker',
        [paragraph],
        `«${words}» in ${where} taken to be ${person.name} (${person.role ?? missingRole}), the latest speaker`,
      ),
    )
  return person
}

/**
 * «Глава государства», «главы страны», «глава киргизского государства»: the head of state, a
 * fixed phrase of news style for the president. Its «глава» is not any other «глава»: not
 * «глава ГКНБ», nor «глава Бишкека».
 */
export function isHeadOfState(noun: string, complement: readonly string[]): boolean {
  if (noun !== 'глава') return false
  const [first, second] = complement
  const state = (word: string | undefined) => word === 'государства' || word === 'страны'
  return state(first) || (/(?:ого|его)$/.test(first ?? '') && state(second))
}

/** A role that is the head of state: a president, or «глава государства» as written. */
export function holdsHeadOfState(role: string): boolean {
  // The head of the role, its first role noun: «пресс-секретарь президента» serves the
  // president and is not him.
  const head = wordsOf(role.toLowerCase()).find((word) => roleNounReading(word.text))
  return (
    (head !== undefined && roleHasNoun(head.text, 'президент')) ||
    (roleHasNoun(role, 'глава') && /(?:^|\s)(?:государства|страны)(?:\s|$)/.test(role))
  )
}

/**
 * The words that follow a role noun in an attribution, up to the end of its clause: the
 * «финансов» of «— заявил и.о. министра финансов», lower-cased, which tell apart people
 * who share the head noun.
 */
export function roleComplement(text: string, from: number): string[] {
  return wordsOf(text.slice(from, clauseEnd(text, from)))
    .map((word) => word.text.toLowerCase())
    .filter((word) => word.length > 2)
}
