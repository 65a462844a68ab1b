// Finding people in a stretch of text: names (full, with initials, or a bare surname),
// role nouns («эксперт», «политолога») and personal pronouns, with their positions, the
// readings their endings allow and the role apposition in front of a name.

import {
  adjectiveReading,
  allCases,
  firstNameReadings,
  isDemonstrativeSubject,
  isGenitiveNoun,
  isOnlyFiniteVerb,
  isOrganization,
  isUnnamedPersonNoun,
  nameReadings,
  patronymicReadings,
  personPronouns,
  roleNounReading,
  speechFrameNouns,
  speechVerbReading,
  surnameReadings,
  type Case,
  type Gender,
  type NameReading,
} from './morphology.ts'
import { quoteSpans, isCapitalized, lowerFirst, words, type Word } from './text.ts'

export interface NameReference {
  kind: 'name'
  start: number
  end: number
  first: string | null
  patronymic: string | null
  surname: string
  /** «Ф.» or «Ф. Х.» as written, when the name is given with initials. */
  initials: string | null
  /** Only a capitalised word where a name was expected («— сказал Ким.»): a weaker reading. */
  guessed: boolean
  readings: NameReading[]
  key: string
}

export interface NounReference {
  kind: 'noun'
  start: number
  end: number
  noun: string
  cases: Case[]
}

export interface PronounReference {
  kind: 'pronoun'
  start: number
  end: number
  gender: Gender
  cases: Case[]
  /** «Тот», «та»: the latest person named, not the one at the centre of the scene. */
  demonstrative?: boolean
}

export type Reference = NameReference | NounReference | PronounReference

/** Capitalised words that start sentences and phrases but are never a first name. */
const notFirstNames = new Set([
  'а',
  'в',
  'во',
  'вместе',
  'глава',
  'для',
  'его',
  'её',
  'ее',
  'если',
  'же',
  'за',
  'и',
  'из',
  'как',
  'когда',
  'кроме',
  'между',
  'на',
  'напомним',
  'но',
  'о',
  'об',
  'однако',
  'отметим',
  'по',
  'при',
  'также',
  'такое',
  'тем',
  'то',
  'у',
  'это',
])

export interface FindOptions {
  /** Keys of family names already known to be people: a bare «Ахметова» is then a person. */
  knownKeys?: ReadonlySet<string>
  /** Take any surname-like capitalised word as a person (where only a person can stand). */
  newSurnames?: boolean
  /** Take any capitalised word as a surname (right after a speech verb: «— сказал Ким.»). */
  anyCapitalized?: boolean
}

/** Only spaces between two words: no punctuation that would end a name or a phrase. */
export function adjacent(
  text: string,
  left: { readonly end: number },
  right: { readonly start: number },
): boolean {
  return /^\s+$/.test(text.slice(left.end, right.start))
}

/** A surname alone that does not decline: any case, either gender. */
function indeclinableSurname(surname: string): NameReading[] {
  return allCases.flatMap((c) =>
    (['m', 'f'] as const).map((gender) => ({
      case: c,
      gender,
      surname,
      key: surname.toLowerCase(),
    })),
  )
}

/** A first name and an indeclinable surname: the first name gives the case and gender. */
function indeclinableFullName(first: string, surname: string): NameReading[] {
  return firstNameReadings(first).map((f) => ({
    case: f.case,
    gender: f.gender,
    first: f.nominative,
    surname,
    key: surname.toLowerCase(),
  }))
}

function surnameFor(word: string, options: FindOptions): NameReading[] {
  const readings = nameReadings(null, null, word)
  if (readings.length > 0) {
    if (options.newSurnames || options.anyCapitalized) return readings
    return readings.filter((r) => options.knownKeys?.has(r.key))
  }
  if (options.knownKeys?.has(word.toLowerCase()) || options.anyCapitalized)
    return indeclinableSurname(word)
  return []
}

/** An adjective in a case that the role noun after it can be in: «Гражданский активист». */
function agreesWithRoleNoun(adjective: string, noun: string): boolean {
  const role = roleNounReading(noun)
  const reading = adjectiveReading(adjective)
  return (
    role !== undefined &&
    reading !== undefined &&
    /^\p{Ll}/u.test(noun) &&
    reading.cases.some((c) => role.cases.includes(c))
  )
}

/** A capitalised word known as a person's surname that no Russian ending declines. */
function knownIndeclinable(surname: string, options: FindOptions): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(surname) &&
    surnameReadings(surname).length === 0 &&
    options.knownKeys?.has(surname.toLowerCase()) === true
  )
}

function isPossibleFirstName(word: string): boolean {
  return (
    word.length > 1 &&
    isCapitalized(word) &&
    !notFirstNames.has(word.toLowerCase()) &&
    !roleNounReading(word) &&
    !speechVerbReading(word)
  )
}

/** Initials right before `index`'s word, written «Ф.» or «Ф. Х.», with or without spaces. */
function initialsBefore(
  text: string,
  all: Word[],
  index: number,
): { start: number; text: string } | null {
  let start: number | null = null
  for (let i = index - 1; i >= 0 && i >= index - 2; i--) {
    const word = all[i]
    const next = all[i + 1]
    if (!word || !next || word.text.length !== 1 || !isCapitalized(word.text)) break
    if (!/^\.\s?$/.test(text.slice(word.end, next.start))) break
    start = word.start
  }
  const end = all[index]?.start
  if (start === null || end === undefined) return null
  return { start, text: text.slice(start, end).trim() }
}

/**
 * People referred to in text[from, to), in order. Names win over what they contain:
 * «политолог Равшан Назаров» gives a noun and a name; the caller picks.
 */
export function findReferences(
  text: string,
  from: number,
  to: number,
  options: FindOptions = {},
): Reference[] {
  // Nobody is referred to inside «…»: there are company names and other people's words.
  const quoted = quoteSpans(text)
  const all = words(text.slice(from, to), from).filter(
    (word) => !quoted.some((span) => span.start < word.start && word.end < span.end),
  )
  const references: Reference[] = []
  for (let i = 0; i < all.length; i++) {
    const word = all[i] as Word
    const lower = word.text.toLowerCase()
    const pronoun = personPronouns[lower]
    if (pronoun) {
      references.push({ kind: 'pronoun', start: word.start, end: word.end, ...pronoun })
      continue
    }
    const demonstrative = isDemonstrativeSubject(word.text, all[i + 1]?.text)
    if (demonstrative) {
      references.push({
        kind: 'pronoun',
        start: word.start,
        end: word.end,
        gender: demonstrative,
        cases: ['nom'],
        demonstrative: true,
      })
      continue
    }
    const noun = roleNounReading(word.text)
    if (noun) {
      const acting = actingBefore(text, word.start)
      references.push(
        acting
          ? {
              kind: 'noun',
              start: acting.start,
              end: word.end,
              noun: noun.noun,
              cases: acting.cases,
            }
          : { kind: 'noun', start: word.start, end: word.end, ...noun },
      )
      continue
    }
    const name = nameAt(text, all, i, options)
    if (name) {
      references.push(name.reference)
      i = name.lastIndex
    }
  }
  return references
}

function nameAt(
  text: string,
  all: Word[],
  i: number,
  options: FindOptions,
): { reference: NameReference; lastIndex: number } | null {
  const word = all[i] as Word
  if (!isCapitalized(word.text) || word.text.length < 2) return null
  // A Russian text writes people's names in Cyrillic, and not in capitals: «Facebook», «РБК»
  // and «ГКНБ» are no one.
  if (!/^\p{Script=Cyrillic}+(?:-\p{Script=Cyrillic}+)*$/u.test(word.text)) return null
  if (word.text === word.text.toUpperCase()) return null
  // «Женщина рассказала»: a common noun for someone unnamed, not a surname in -ина.
  if (isUnnamedPersonNoun(word.text)) return null
  const next = all[i + 1]
  const afterNext = all[i + 2]
  // «Гражданский активист заявил»: a capitalised adjective that agrees with the role noun right
  // after it opens a sentence with a role, not a name (an adjectival surname would fit it).
  if (next && adjacent(text, word, next) && agreesWithRoleNoun(word.text, next.text)) return null
  // First name, optional patronymic, surname.
  if (isPossibleFirstName(word.text) && next && adjacent(text, word, next)) {
    const withPatronymic =
      afterNext &&
      adjacent(text, next, afterNext) &&
      patronymicReadings(next.text).length > 0 &&
      isCapitalized(afterNext.text)
    let surnameWord = withPatronymic ? afterNext : next
    const patronymic = withPatronymic ? next.text : null
    let surname = surnameWord.text
    let lastIndex = withPatronymic ? i + 2 : i + 1
    // «Нурланбек Тургунбек уулу», «Айгерим Сапар кызы»: the marker belongs to the surname.
    const marker = all[lastIndex + 1]
    if (marker && /^(?:уулу|улы|кызы)$/.test(marker.text) && adjacent(text, surnameWord, marker)) {
      surname = `${surnameWord.text} ${marker.text}`
      surnameWord = marker
      lastIndex++
    }
    let readings = isCapitalized(surname) ? nameReadings(word.text, patronymic, surname) : []
    // «пресс-секретарь Берик Уали», later «— написал Уали»: a surname with no Russian ending
    // (Уали, Касымбек) after a first name is one name with it when the same word stands for a
    // person elsewhere in the article.
    if (readings.length === 0 && !patronymic && knownIndeclinable(surname, options))
      readings = indeclinableFullName(word.text, surname)
    if (readings.length > 0)
      return {
        reference: {
          kind: 'name',
          start: word.start,
          end: surnameWord.end,
          first: word.text,
          patronymic,
          surname,
          initials: null,
          guessed: false,
          readings,
          key: (readings[0] as NameReading).key,
        },
        lastIndex,
      }
  }
  // «— сказал Тургунбек уулу»: a Kyrgyz or Kazakh patronymic surname without the first name.
  const marker = all[i + 1]
  if (marker && /^(?:уулу|улы|кызы)$/.test(marker.text) && adjacent(text, word, marker)) {
    const surname = `${word.text} ${marker.text}`
    const readings = surnameReadings(surname).map((r) => ({ ...r, surname: r.nominative }))
    const first = readings[0]
    if (first)
      return {
        reference: {
          kind: 'name',
          start: word.start,
          end: marker.end,
          first: null,
          patronymic: null,
          surname,
          initials: null,
          guessed: false,
          readings,
          key: first.key,
        },
        lastIndex: i + 1,
      }
  }
  // «глава Минфина», «представитель МИДа»: the dictionary knows an organisation's name.
  if (isOrganization(word.text)) return null
  const initials = initialsBefore(text, all, i)
  const readings = initials
    ? surnameFor(word.text, { ...options, newSurnames: true })
    : surnameFor(word.text, options)
  if (readings.length === 0) return null
  return {
    reference: {
      kind: 'name',
      start: initials?.start ?? word.start,
      end: word.end,
      first: null,
      patronymic: null,
      surname: word.text,
      initials: initials?.text ?? null,
      guessed: !initials && surnameReadings(word.text).length === 0,
      readings,
      key: (readings[0] as NameReading).key,
    },
    lastIndex: i,
  }
}

/**
 * «и.о.», «врио», «исполняющий обязанности» right before a role noun: the person acts in
 * that post, and the role noun after it stays in the genitive whatever the case of the
 * phrase («заявил и.о. министра финансов», «и.о. министра Темира Сариева»). The cases are
 * those of the prefix: any for the abbreviations, the participle's own otherwise.
 */
export function actingBefore(
  text: string,
  start: number,
): { start: number; nominative: string; cases: Case[] } | null {
  const from = Math.max(0, start - 50)
  const match = actingPrefix.exec(text.slice(from, start))
  if (!match?.[1]) return null
  const prefix = match[1]
  const participle = /исполняющ(\p{L}+)/iu.exec(prefix)?.[1]?.toLowerCase()
  const cases = participle ? (participleCases[participle] ?? []) : [...allCases]
  if (cases.length === 0) return null
  const feminine = participle && ['ая', 'ей', 'ую'].includes(participle)
  const nominative = participle
    ? prefix.replace(/исполняющ\p{L}+/iu, feminine ? 'исполняющая' : 'исполняющий')
    : prefix
  return {
    start: from + match.index + match[0].indexOf(prefix),
    nominative: lowerFirst(nominative.replace(/\s+/g, ' ')),
    cases,
  }
}

const actingPrefix =
  /(?:^|[^\p{L}.])((?:вр\.\s?)?и\.\s?о\.|врио|(?:временно\s+)?исполняющ\p{L}+\s+обязанности)\s+$/iu

const participleCases: Record<string, Case[]> = {
  ий: ['nom'],
  его: ['gen', 'acc'],
  ему: ['dat'],
  им: ['ins'],
  ем: ['prep'],
  ая: ['nom'],
  ей: ['gen', 'dat', 'ins', 'prep'],
  ую: ['acc'],
}

export interface Role {
  /** Where the apposition starts in the paragraph. */
  start: number
  /** The role in the nominative, lower-cased: «политолог» for «политолога». */
  nominative: string
  /** The cases the head noun can be in, which the name agrees with. */
  cases: Case[]
}

/** Punctuation between two words that ends a phrase (guillemets do not: «Ак-Суу» is inside). */
function phraseBreak(text: string, left: Word, right: Word): boolean {
  return /[,.;:!?()—–]/.test(text.slice(left.end, right.start))
}

/** Words that cannot be inside a role apposition: it cannot reach past them. */
function stopsRole(word: string): boolean {
  const lower = word.toLowerCase()
  return (
    speechVerbReading(lower) !== undefined ||
    speechFrameNouns.has(lower) ||
    lower in personPronouns ||
    ['что', 'как', 'который', 'которая', 'также'].includes(lower)
  )
}

const maxRoleWords = 10

/**
 * The apposition before a name: «узбекистанский политолог» before «Равшан Назаров»,
 * «директора Центра водных исследований «Ак-Суу»» before «Бакыта Эсенбаева». Its head is
 * the role noun nearest the name; a role noun before a genitive head takes over
 * («заместитель председателя …»), and agreeing adjectives before the head join it.
 */
export function roleBefore(text: string, sentenceStart: number, nameStart: number): Role | null {
  const nearest = appositionBefore(text, sentenceStart, nameStart)
  if (!nearest) return null
  // «депутат горкенгаша, учредитель компании Улугбек Хамидов»: appositions joined by a comma
  // list a person's posts, the first of them the principal one. Not past a name («министр Иван
  // Иванов, советник …» is two people).
  const comma = /,\s*$/.exec(text.slice(sentenceStart, nearest.start))
  if (!comma) return nearest
  const commaAt = sentenceStart + comma.index
  const earlier = appositionBefore(text, sentenceStart, commaAt)
  if (
    !earlier ||
    !earlier.cases.some((c) => nearest.cases.includes(c)) ||
    findReferences(text, earlier.start, commaAt).some((r) => r.kind === 'name')
  )
    return nearest
  return { ...earlier, cases: nearest.cases.filter((c) => earlier.cases.includes(c)) }
}

/** The one apposition right before `nameStart` (see roleBefore). */
function appositionBefore(text: string, sentenceStart: number, nameStart: number): Role | null {
  const all = words(text.slice(sentenceStart, nameStart), sentenceStart)
  let head = -1
  for (let i = all.length - 1; i >= 0 && i >= all.length - maxRoleWords; i--) {
    const word = all[i] as Word
    const right = all[i + 1]
    if (right && phraseBreak(text, word, right)) break
    if (i === all.length - 1 && /[,.;:!?()—–]/.test(text.slice(word.end, nameStart))) break
    // «… Исмаил Исаков и Бактыбек Алымбеков»: the second of two names has no role of its own.
    if (i === all.length - 1 && word.text.toLowerCase() === 'и') break
    if (stopsRole(word.text) || isOnlyFiniteVerb(word.text)) break
    if (roleNounReading(word.text)) {
      head = i
      break
    }
  }
  if (head < 0) return null
  let headReading = roleNounReading((all[head] as Word).text)
  if (!headReading) return null
  // «глава пресс-службы президента»: a role noun in the genitive can be the end of a chain of
  // genitives whose head is a role noun further back; that one is the head.
  const chainHead = genitiveChainHead(text, all, head, headReading)
  if (chainHead !== null) {
    head = chainHead
    headReading = roleNounReading((all[head] as Word).text) ?? headReading
  }
  if (isDegree(headReading.noun, all[head + 1])) return null
  let start = head
  const replaced = new Map<number, string>([[head, headReading.noun]])
  for (let i = head - 1; i >= 0; i--) {
    const word = all[i] as Word
    if (phraseBreak(text, word, all[i + 1] as Word) || stopsRole(word.text)) break
    const noun = roleNounReading(word.text)
    if (noun && start === head && headReading.cases.includes('gen')) {
      // «заместитель председателя»: the genitive was a complement, this is the head.
      replaced.delete(head)
      headReading = noun
      start = head = i
      replaced.set(i, noun.noun)
      continue
    }
    const adjective = adjectiveReading(word.text)
    if (!adjective || !adjective.cases.some((c) => headReading?.cases.includes(c))) break
    start = i
    replaced.set(i, adjective.nominative)
  }
  const first = all[start] as Word
  // «и.о. министра финансов»: the head stays in the genitive after the prefix.
  const found = actingBefore(text, first.start)
  const acting = found && found.start >= sentenceStart ? found : null
  if (acting) replaced.clear()
  let nominative = ''
  let cursor = first.start
  for (let i = start; i < all.length; i++) {
    const word = all[i] as Word
    nominative += text.slice(cursor, word.start) + (replaced.get(i) ?? word.text)
    cursor = word.end
  }
  nominative += text.slice(cursor, nameStart)
  if (acting)
    return {
      start: acting.start,
      nominative: `${acting.nominative} ${nominative.trim()}`,
      cases: acting.cases,
    }
  return { start: first.start, nominative: lowerFirst(nominative.trim()), cases: headReading.cases }
}

/** Genitive links a role chain may run through: «глава пресс-службы администрации президента». */
const maxChainLinks = 3

/**
 * The role noun that heads a chain of genitives ending in the role noun at `head`: «глава»
 * for «глава пресс-службы президента», «руководитель» for «руководитель аппарата
 * президента». The links between are nouns in the genitive (and adjectives before them), with
 * no punctuation or other word that ends a phrase. Null when there is no such chain.
 */
function genitiveChainHead(
  text: string,
  all: Word[],
  head: number,
  reading: { cases: Case[] },
): number | null {
  // «председатель Службы государственной охраны при президенте»: «при» ties the role noun to
  // an organisation named before it, the chain's last link; its head is further back.
  const attached = all[head - 1]?.text.toLowerCase() === 'при' && reading.cases.includes('prep')
  if (!reading.cases.includes('gen') && !attached) return null
  let links = 0
  let adjectives = 0
  for (let i = attached ? head - 2 : head - 1; i >= 0; i--) {
    const word = all[i] as Word
    if (phraseBreak(text, word, all[i + 1] as Word) || stopsRole(word.text)) return null
    // «кандидат на пост премьер-министра»: the post after «на пост» is sought, not held; the
    // one who seeks it heads the chain.
    if (/^(?:пост|должность)$/i.test(word.text) && all[i - 1]?.text.toLowerCase() === 'на') {
      i--
      links++
      continue
    }
    // Right before the role noun, the later loop of roleBefore takes a role noun over a genitive
    // one («заместитель председателя»); past an adjective («пресс-секретарь киргизского
    // лидера») or another genitive, only the chain does.
    if (roleNounReading(word.text)) return links > 0 || adjectives > 0 ? i : null
    if (isGenitiveNoun(word.text)) links++
    else if (adjectiveReading(word.text)?.cases.includes('gen')) adjectives++
    else return null
    if (links > maxChainLinks) return null
  }
  return null
}

/**
 * An apposition after a name, set off by commas: «Иван Петров, директор Института X,».
 * Only taken when it opens with a role noun or an adjective and a role noun.
 */
export function roleAfter(text: string, nameEnd: number): Role | null {
  const match = /^,\s+([^,.;:!?()—]+?)(?=[,.;:!?()—]|$)/.exec(text.slice(nameEnd))
  if (!match?.[1]) return null
  const phraseStart = nameEnd + match[0].indexOf(match[1])
  const all = words(match[1], phraseStart)
  if (!describesWho(text, all) && !opensWithRole(all)) return null
  return { start: phraseStart, nominative: lowerFirst(match[1].trim()), cases: ['nom'] }
}

/**
 * «Наталья Филимонова, жительница дома №115,»: after a name, a common noun for a person
 * describes who they are, as a post does, with a genitive, a number or a place after it; alone
 * it names no one (see isUnnamedPersonNoun). Not a clause: «Иван Петров, отец которого построил
 * этот дом», nor one with a verb of its own.
 */
function describesWho(text: string, all: readonly Word[]): boolean {
  const [noun, next] = all
  if (!noun || !next || !isUnnamedPersonNoun(noun.text, 'nom')) return false
  if (all.some((w) => /^котор/iu.test(w.text) || isOnlyFiniteVerb(w.text))) return false
  return (
    isGenitiveNoun(next.text) || /^\p{Lu}/u.test(next.text) || /^\s+№/u.test(text.slice(noun.end))
  )
}

/** A phrase that opens with a role noun in the nominative, or an adjective and one. */
function opensWithRole(all: readonly Word[]): boolean {
  const headIndex = all.findIndex((w) => roleNounReading(w.text))
  const head = all[headIndex]
  const reading = head && roleNounReading(head.text)
  if (!reading || headIndex > 1 || isDegree(reading.noun, all[headIndex + 1])) return false
  return reading.cases.includes('nom')
}

/** Role nouns for one who seeks a post: a role only with the post after them. */
const seekerNouns = new Set(['кандидат', 'претендент'])

/**
 * «кандидат экономических наук»: a degree, not a post, so no role. «Кандидат», «претендент»
 * are roles only with the post sought right after them: «кандидат на пост премьер-министра»,
 * «кандидат в депутаты».
 */
export function isDegree(noun: string, next: Word | undefined): boolean {
  return seekerNouns.has(noun) && !/^(?:на|в)$/iu.test(next?.text ?? '')
}

const prepositionCases: Record<string, Case[]> = {
  у: ['gen'],
  от: ['gen'],
  для: ['gen'],
  без: ['gen'],
  до: ['gen'],
  из: ['gen'],
  после: ['gen'],
  среди: ['gen'],
  кроме: ['gen'],
  с: ['ins'],
  со: ['ins'],
  к: ['dat'],
  ко: ['dat'],
  по: ['dat'],
  о: ['prep'],
  об: ['prep'],
  обо: ['prep'],
  при: ['prep'],
}

/**
 * The cases the word at `start` can be in, judging by what stands right before it:
 * «по словам» wants the genitive, «с» the instrumental, a speech verb its subject.
 */
export function casesFromLeft(text: string, sentenceStart: number, start: number): Case[] | null {
  const before = words(text.slice(sentenceStart, start), sentenceStart)
  const previous = before.at(-1)
  if (!previous || /[,.;:!?()«»—–]/.test(text.slice(previous.end, start))) return null
  const lower = previous.text.toLowerCase()
  const twoBack = before.at(-2)?.text.toLowerCase()
  if (speechFrameNouns.has(lower) && twoBack === 'по') return ['gen']
  if (lower in prepositionCases) return prepositionCases[lower] ?? null
  if (speechVerbReading(lower)) return ['nom']
  return null
}

/** The speech verb right after a name, which makes it the subject: «Токтогулова считает». */
export function speechVerbAfter(text: string, end: number): Word | null {
  const next = words(text.slice(end, end + 40), end)[0]
  if (!next || !adjacent(text, { end }, next)) return null
  return speechVerbReading(next.text) ? next : null
}
