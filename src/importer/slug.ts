// The headline and the folder name of a new draft.

import { ImportError } from './parse.ts'
import { sentences } from './text.ts'
import { transliterate } from './translit.ts'

/** The same rule as the content schema's ids: lowercase words joined by single hyphens. */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function checkSlug(slug: string): string {
  if (!slugPattern.test(slug))
    throw new ImportError(
      `slug "${slug}" must be lowercase latin letters, digits and single hyphens (a-z, 0-9, -)`,
    )
  return slug
}

/** The lead's first sentence, without its full stop: what a headline would say. */
export function headlineFromLead(lead: string): string {
  const first = sentences(lead)[0]
  const sentence = first ? lead.slice(first.start, first.end) : lead
  // A lead of one full stop would leave nothing; the schema wants some headline.
  return sentence.trim().replace(/(?<!\.)\.$/, '') || lead.trim()
}

/** Words that say nothing about the article: prepositions, pronouns, speech frames. */
const insignificant = new Set(
  (
    'а без будет был была были бы в во все всё вот для до его ее её же за и из или их к как ' +
    'когда ко ли мнению мы на над не но ни о об от по под при про с словам со также так то ' +
    'у уже что это этот эта эти чем данным оценке'
  ).split(' '),
)

const slugWords = 4

/** `<date>-<up to four significant words of the headline>`: «2025-11-14-politologa-…». */
export function defaultSlug(date: string, headline: string): string {
  const significant = headline
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !insignificant.has(word.toLowerCase()))
    .map(transliterate)
    .filter((word) => word !== '')
    .slice(0, slugWords)
  return [date, ...significant].join('-')
}
