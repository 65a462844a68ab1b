// Stage 3 of 3, resolution: who said each span. In reading order, each speaker reference
// is tied to a person: a name to its person, «эксперт» or «министр» to the latest person
// who fits that role, «он»/«она» to the latest person of that gender, as a reader would
// take them. Every call that needs a second look comes back as a Doubt.

import { genericSpeakerNouns, isExpertRole } from './morphology.ts'
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

  const lastSeen = new Map<Person, { paragraph: number; order: number }>()
  let order = 0
  const see = (person: Person, paragraph: number) =>
    lastSeen.set(person, { paragraph, order: order++ })
  const ranked = () =>
    [...lastSeen.entries()].sort((a, b) => b[1].order - a[1].order).map(([person]) => person)

  const state: State = { spoke: new Set(), nouns: new Map() }
  const doubts: Doubt[] = []
  const resolved: Resolved[] = []
  for (const event of events) {
    if (event.mention) {
      const person = people.get(event.mention.reference.key)
      if (person) see(person, event.paragraph)
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
      { paragraph, words, complement },
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
    if (item.subject.kind === 'noun')
      state.nouns.set(person.key, [...(state.nouns.get(person.key) ?? []), item.subject.noun])
    state.spoke.add(person.key)
    see(person, event.paragraph)
    resolved.push({ item, person })
  }
  return { resolved, speakers: state.spoke, nouns: state.nouns, doubts }
}

interface State {
  spoke: Set<string>
  nouns: Map<string, string[]>
}

function resolveSubject(
  item: SpeechItem,
  ranked: Person[],
  people: ReadonlyMap<string, Person>,
  state: State,
  { paragraph, words, complement }: { paragraph: number; words: string; complement: string[] },
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
    const person = ranked.find(fitsGender) ?? ranked[0]
    if (!person) nobody()
    return person ?? null
  }
  const noun = subject.noun
  const fitsRole = (p: Person) =>
    (p.role ?? '').toLowerCase().includes(noun) ||
    (state.nouns.get(p.key) ?? []).includes(noun) ||
    (genericSpeakerNouns.has(noun) && (state.spoke.has(p.key) || isExpertRole(p.role ?? '')))
  const fitsAll = ranked.filter((p) => fitsGender(p) && fitsRole(p))
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
  const person =
    fitting[0] ?? ranked.find((p) => fitsGender(p) && state.spoke.has(p.key)) ?? ranked[0]
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
 * The words that follow a role noun in an attribution, up to the end of its clause: the
 * «финансов» of «— заявил и.о. министра финансов», lower-cased, which tell apart people
 * who share the head noun.
 */
export function roleComplement(text: string, from: number): string[] {
  return wordsOf(text.slice(from, clauseEnd(text, from)))
    .map((word) => word.text.toLowerCase())
    .filter((word) => word.length > 2)
}
