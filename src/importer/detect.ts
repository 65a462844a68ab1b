// Who said what in a Russian news article, in three stages, each its own module with its
// own tests, each taking the previous one's frozen output:
//
// 1. structure.ts: where the speech is (quotes, direct speech, reported speech) and the
//    words that name each speaker;
// 2. mentions.ts: every person named in the author's text, with a name in the nominative
//    and a role;
// 3. resolution.ts: who each speaker reference stands for.
//
// This file only puts them together and writes the content files' shapes. Doubts come
// back from each stage as data (doubts.ts), never as shared text.

import type { Quote, ReportedSpeech, Speaker } from '../content/schema.ts'
import type { Doubt } from './doubts.ts'
import { doubt } from './doubts.ts'
import { buildPeople, findMentions, leadRole, type Person } from './mentions.ts'
import { missingRole, resolveSpeakers } from './resolution.ts'
import { findStructure } from './structure.ts'
import { transliterate } from './translit.ts'

export { missingRole }

export interface Detection {
  speakers: Speaker[]
  quotes: Quote[]
  reported: ReportedSpeech[]
  /** The calls a person should check, in the order the stages made them. */
  doubts: Doubt[]
}

/** Finds the speakers, quotes and reported speech of an article's paragraphs. */
export function detectSpeech(paragraphs: readonly string[]): Detection {
  const structure = findStructure(paragraphs)
  const mentions = findMentions(paragraphs, structure)
  const people = buildPeople(mentions)
  const resolution = resolveSpeakers(paragraphs, structure.items, mentions, people)
  const doubts: Doubt[] = [...structure.doubts, ...resolution.doubts]

  // A person may stand under two keys (a name spelt with ё and without): count them once.
  const speakers = [...new Set(people.values())]
    .filter((person) => resolution.speakers.has(person.key))
    .sort((a, b) => firstSeen(a) - firstSeen(b))
  const ids = new Map<Person, string>()
  const used = new Set<string>()
  const ownRole = (person: Person) => person.role ?? resolution.nouns.get(person.key)?.[0]
  // A post the lead gives without a name («Президент осмотрел …») is the one speaker's who has
  // none of their own.
  const roleless = speakers.filter((person) => ownRole(person) === undefined)
  const lead = roleless.length === 1 ? leadRole(paragraphs, structure, people) : null
  const roleOf = (person: Person) => ownRole(person) ?? lead ?? missingRole
  for (const person of speakers) {
    const base = transliterate(person.surname) || 'speaker'
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    ids.set(person, id)
    const seen = [...new Set(person.mentions.map((m) => m.paragraph + 1))]
    if (!person.genderSure)
      doubts.push(
        doubt(
          'gender-unknown',
          seen,
          `could not tell from the text whether ${person.name} is a man or a woman; read as ${person.gender === 'f' ? 'a woman' : 'a man'}`,
        ),
      )
    if (roleOf(person) === missingRole)
      doubts.push(
        doubt('no-role', seen, `no role found for ${person.name}; wrote «${missingRole}»`),
      )
  }

  const quotes: Quote[] = []
  const reported: ReportedSpeech[] = []
  for (const { item, person } of [...resolution.resolved].sort(
    (a, b) => a.item.from - b.item.from,
  )) {
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
      role: { ru: roleOf(person) },
      introducedAs: introduction(person, paragraphs),
    })),
    quotes,
    reported,
    doubts,
  }
}

function introduction(person: Person, paragraphs: readonly string[]) {
  const mention = person.mentions.find((m) => m.reference.first) ?? person.mentions[0]
  if (!mention) return { paragraph: 1, text: person.name }
  const text = paragraphs[mention.paragraph] ?? ''
  const start =
    mention.role && mention.role.start < mention.start ? mention.role.start : mention.start
  return { paragraph: mention.paragraph + 1, text: text.slice(start, mention.end) }
}

function firstSeen(person: Person): number {
  const first = person.mentions[0]
  return first ? first.paragraph * 1e6 + first.start : Number.MAX_SAFE_INTEGER
}
