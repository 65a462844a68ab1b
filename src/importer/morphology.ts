// Russian morphology for what news articles need. Two sources:
//
// - the OpenCorpora dictionary through Az.js (npm «az», a development dependency only:
//   the importer runs in Node, never in the browser) for the words a dictionary knows:
//   the verbs of speech (by lemma, any form), the nouns of roles and the adjectives
//   before them, in every case;
// - hand-written endings for people's names (first name, patronymic, -ов/-ев/-ин/-ский
//   surnames, -улы/-кызы). Central Asian names are mostly not in the dictionary, and Az's
//   guesses for them were worse than the endings on the articles measured (it reads
//   «Байсалов» as a plural first name and «Акмарал» as a man's name), so the endings stay
//   and return every reading an ending allows; the detector narrows them with the context.

import { createRequire } from 'node:module'
import path from 'node:path'
import Az, { type AzParse } from 'az'

export type Gender = 'm' | 'f'
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep'
export const allCases: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep']

export interface Reading {
  case: Case
  gender: Gender
  /** The nominative of this word for this reading. */
  nominative: string
}

export interface SurnameReading extends Reading {
  /** The same for every case and gender of one family name: «Сапаров» for «Сапаровой». */
  key: string
}

type Endings = Record<Case, string>

interface SurnameParadigm {
  /** What the stem (the masculine nominative) ends with. */
  stem: RegExp
  m: Endings
  f: Endings
}

const surnameParadigms: SurnameParadigm[] = [
  // Толипов, Эсенбаев, Карин: possessive surnames, the commonest kind in the region.
  {
    stem: /(?:ов|ев|ёв|ин|ын)$/,
    m: { nom: '', gen: 'а', dat: 'у', acc: 'а', ins: 'ым', prep: 'е' },
    f: { nom: 'а', gen: 'ой', dat: 'ой', acc: 'у', ins: 'ой', prep: 'ой' },
  },
  // Каменский, Закржевская: adjectival surnames.
  {
    stem: /(?:ск|цк)$/,
    m: { nom: 'ий', gen: 'ого', dat: 'ому', acc: 'ого', ins: 'им', prep: 'ом' },
    f: { nom: 'ая', gen: 'ой', dat: 'ой', acc: 'ую', ins: 'ой', prep: 'ой' },
  },
]

/** Every reading of a capitalised word as a surname; empty when it does not look like one. */
export function surnameReadings(form: string): SurnameReading[] {
  if (!/^\p{Lu}/u.test(form)) return []
  // Kazakh and Kyrgyz patronymic surnames (Абишулы, Сейтказы кызы) do not decline.
  const indeclinable = /(?:улы|уулу)$/.test(form) ? 'm' : /кызы$/.test(form) ? 'f' : null
  if (indeclinable)
    return allCases.map((c) => ({
      case: c,
      gender: indeclinable,
      nominative: form,
      key: form.toLowerCase(),
    }))
  const readings: SurnameReading[] = []
  for (const paradigm of surnameParadigms)
    for (const gender of ['m', 'f'] as const)
      for (const c of allCases) {
        const ending = paradigm[gender][c]
        if (!form.endsWith(ending)) continue
        const stem = form.slice(0, form.length - ending.length)
        // Four letters at least: «Ов» or «Ин» alone is no surname.
        if (stem.length < 4 || !paradigm.stem.test(stem)) continue
        readings.push({
          case: c,
          gender,
          nominative: stem + paradigm[gender].nom,
          key: stem.toLowerCase(),
        })
      }
  return readings
}

const vowels = 'аеёиоуыэюя'
const hushing = 'жшчщц'
const velarOrHushing = 'гкхжшчщ'

function endsWithVowel(text: string): boolean {
  return vowels.includes(text.slice(-1))
}

/** The soft-stem masculine nominative: «Андре» → «Андрей», «Игор» → «Игорь». */
function softMasculine(stem: string): string {
  return stem + (endsWithVowel(stem) ? 'й' : 'ь')
}

/**
 * Every reading of a word as a first name, by its ending. Female names that end in a
 * consonant (Айгерим) do not decline, so a consonant ending reads as any female case too.
 */
export function firstNameReadings(form: string): Reading[] {
  if (!/^\p{Lu}\p{Ll}/u.test(form)) return []
  const lower = form.toLowerCase()
  const readings: Reading[] = []
  const add = (c: Case, gender: Gender, nominative: string) =>
    readings.push({ case: c, gender, nominative })
  const cut = (n: number) => form.slice(0, form.length - n)
  const last = lower.slice(-1)

  if (!vowels.includes(last) && last !== 'й' && last !== 'ь') {
    add('nom', 'm', form)
    for (const c of allCases) add(c, 'f', form)
  }
  if (lower.endsWith('й') && !lower.endsWith('ой')) add('nom', 'm', form)
  // Kyrgyz and Kazakh women's names in -ай (Толгонай, Бегимай, Асылай) do not decline, as
  // women's names in a consonant do not; the surname's gender tells them from Николай.
  if (lower.endsWith('ай')) for (const c of allCases) add(c, 'f', form)
  if (lower.endsWith('ь')) {
    add('nom', 'm', form)
    add('nom', 'f', form)
    add('acc', 'f', form)
  }
  if (lower.endsWith('ью')) add('ins', 'f', cut(1))
  if (last === 'а' && !endsWithVowel(cut(1).toLowerCase())) {
    add('gen', 'm', cut(1))
    add('acc', 'm', cut(1))
    add('nom', 'f', form)
    // Men's names in -а (Никита, Кузьма, the Uzbek Тура, Мирза): the nominative of a man's name
    // too, which only a man's surname beside it («Тура Боболов») confirms.
    add('nom', 'm', form)
  }
  if (last === 'я') {
    if (!lower.endsWith('ия')) {
      add('gen', 'm', softMasculine(cut(1)))
      add('acc', 'm', softMasculine(cut(1)))
    }
    add('nom', 'f', form)
  }
  if (last === 'у' && !endsWithVowel(cut(1).toLowerCase())) {
    add('dat', 'm', cut(1))
    add('acc', 'f', cut(1) + 'а')
  }
  if (last === 'ю' && !lower.endsWith('ью')) {
    add('dat', 'm', softMasculine(cut(1)))
    add('acc', 'f', cut(1) + 'я')
  }
  if (lower.endsWith('ом')) add('ins', 'm', cut(2))
  if (lower.endsWith('ем')) {
    const stem = cut(2)
    add('ins', 'm', hushing.includes(stem.slice(-1)) ? stem : softMasculine(stem))
  }
  if (last === 'е') {
    const stem = cut(1)
    add('prep', 'm', endsWithVowel(stem.toLowerCase()) ? softMasculine(stem) : stem)
    add('dat', 'f', stem + 'а')
    add('prep', 'f', stem + 'а')
  }
  if (last === 'ы') add('gen', 'f', cut(1) + 'а')
  if (last === 'и') {
    const stem = cut(1)
    if (lower.endsWith('ии'))
      for (const c of ['gen', 'dat', 'prep'] as const) add(c, 'f', stem + 'я')
    else if (velarOrHushing.includes(stem.slice(-1))) add('gen', 'f', stem + 'а')
    else {
      add('gen', 'f', stem + 'я')
      for (const c of ['gen', 'dat', 'prep'] as const) add(c, 'f', stem + 'ь')
    }
  }
  // Turkic men's names in -ы and -али (Умбеталы, Мамбеталы, Нурали) do not decline.
  if (/[^аеёиоуыэюя]ы$/.test(lower) || lower.endsWith('али'))
    for (const c of allCases) add(c, 'm', form)
  // Nor do Arabic men's names in a consonant and -и (Гани, Сами, Рамзи): a word the dictionary
  // does not know otherwise, not after a velar or a hushing consonant («Республики», «Палаты»
  // are oblique cases of nouns); the surname's gender tells them from «Ани», «Натальи».
  else if (/[бвдзлмнпрстф]и$/.test(lower) && !knownAsWord(form))
    for (const c of allCases) add(c, 'm', form)
  if (lower.endsWith('ой')) add('ins', 'f', cut(2) + 'а')
  if (lower.endsWith('ей')) {
    const stem = cut(2)
    add('ins', 'f', stem + (hushing.includes(stem.slice(-1)) ? 'а' : 'я'))
    add('nom', 'm', form)
  }
  return readings
}

const patronymicParadigms: { stem: RegExp; gender: Gender; endings: Endings }[] = [
  {
    stem: /(?:ович|евич|ьич|ич)$/,
    gender: 'm',
    endings: { nom: '', gen: 'а', dat: 'у', acc: 'а', ins: 'ем', prep: 'е' },
  },
  {
    stem: /(?:овн|евн|ичн|иничн)$/,
    gender: 'f',
    endings: { nom: 'а', gen: 'ы', dat: 'е', acc: 'у', ins: 'ой', prep: 'е' },
  },
]

export function patronymicReadings(form: string): Reading[] {
  const readings: Reading[] = []
  for (const { stem, gender, endings } of patronymicParadigms)
    for (const c of allCases) {
      const ending = endings[c]
      if (!form.endsWith(ending)) continue
      const base = form.slice(0, form.length - ending.length)
      if (stem.test(base)) readings.push({ case: c, gender, nominative: base + endings.nom })
    }
  return readings
}

export interface NameReading {
  case: Case
  gender: Gender
  first?: string
  patronymic?: string
  surname: string
  key: string
}

/** The readings of a whole name on which its parts agree in case and gender. */
export function nameReadings(first: string | null, patronymic: string | null, surname: string) {
  const result: NameReading[] = []
  // Ким, Цой, Шойгу, «Тургунбек уулу»: after a first name, a surname that does not decline
  // takes the case and gender of the first name.
  const fixed = surnameReadings(surname).length === 0 && first ? fixedSurname(surname) : null
  if (fixed && first)
    for (const f of firstNameReadings(first))
      if (!fixed.gender || f.gender === fixed.gender)
        result.push({
          case: f.case,
          gender: f.gender,
          first: f.nominative,
          surname,
          key: surname.toLowerCase(),
        })
  for (const s of surnameReadings(surname)) {
    const firsts = first
      ? firstNameReadings(first).filter((r) => r.case === s.case && r.gender === s.gender)
      : [undefined]
    const patronymics = patronymic
      ? patronymicReadings(patronymic).filter((r) => r.case === s.case && r.gender === s.gender)
      : [undefined]
    for (const f of firsts)
      for (const p of patronymics)
        result.push({
          case: s.case,
          gender: s.gender,
          first: f?.nominative,
          patronymic: p?.nominative,
          surname: s.nominative,
          key: s.key,
        })
  }
  return result
}

// Az loads its dictionaries asynchronously; this module waits for them once, at import,
// so that everything below can be called synchronously. In Node the dictionaries are the
// ones inside the package (node_modules/az/dicts, about 11 MB, read in ~0.3 s).
function dictionaryFolder(): string {
  const anchor = import.meta.url.startsWith('file:')
    ? import.meta.url
    : path.join(process.cwd(), 'package.json')
  return path.join(path.dirname(createRequire(anchor).resolve('az/package.json')), 'dicts')
}

await new Promise<void>((resolve, reject) =>
  Az.Morph.init(dictionaryFolder(), (error) => (error ? reject(error) : resolve())),
)

const parseCache = new Map<string, AzParse[]>()

/** Every dictionary or guessed reading of a word (lower-cased unless `asWritten`); cached. */
function parses(form: string, asWritten = false): AzParse[] {
  const key = asWritten ? form : form.toLowerCase()
  let result = parseCache.get(key)
  if (!result) {
    result = Az.Morph(key)
    parseCache.set(key, result)
  }
  return result
}

/**
 * A surname that does not decline: one the dictionary lists as a surname and that has no
 * Russian surname ending (Ким, Цой, Шойгу), or a Kyrgyz/Kazakh «X уулу», «X кызы», «X улы».
 * The gender, when the form shows it.
 */
export function fixedSurname(form: string): { gender?: Gender } | null {
  const marker = /^\p{Lu}\p{Ll}+ (уулу|улы|кызы)$/u.exec(form)?.[1]
  if (marker) return { gender: marker === 'кызы' ? 'f' : 'm' }
  if (!/^\p{Lu}\p{Ll}+$/u.test(form)) return null
  // Proper names are in the dictionary capitalised: look the form up as written.
  return parses(form, true).some((p) => p.tag.Surn && p.parser === 'Dictionary') ? {} : null
}

/** A word the dictionary lists as something other than a person's name. */
function knownAsWord(form: string): boolean {
  return parses(form).some((p) => p.parser === 'Dictionary' && !p.tag.Name && !p.tag.Surn)
}

/** A word the dictionary lists, as written, as the name of an organisation and never a person's. */
export function isOrganization(form: string): boolean {
  const found = parses(form, true).filter((p) => p.parser === 'Dictionary')
  return found.some((p) => p.tag.Orgn) && !found.some((p) => p.tag.Surn || p.tag.Name)
}

const azCases: Record<string, Case> = {
  nomn: 'nom',
  gent: 'gen',
  gen2: 'gen',
  datv: 'dat',
  accs: 'acc',
  acc2: 'acc',
  ablt: 'ins',
  loct: 'prep',
  loc2: 'prep',
}

function lemma(parse: AzParse): string {
  // Az cannot normalise some indeclinable names of organisations in an oblique case («Тоо» of
  // «Керме-Тоо» as a dative): such a word is the lemma of nothing the importer looks for.
  const word = (parse.normalize() as { word?: string } | undefined)?.word ?? ''
  return word.replace(/ё/g, 'е')
}

/** The lemmas of the nouns that name what a person is or does: the heads of role appositions. */
const roleNouns = new Set([
  // «кандидат на пост премьер-министра», «претендент на пост спикера»: who seeks a post.
  'кандидат',
  'претендент',
  'агроном',
  'адвокат',
  'академик',
  'аким',
  'аксакал',
  'активист',
  'аналитик',
  'архитектор',
  'банкир',
  'блогер',
  'бригадир',
  'вице-министр',
  'вице-мэр',
  'вице-президент',
  'вице-премьер',
  'вице-спикер',
  'востоковед',
  'врач',
  'гендиректор',
  'генерал',
  'генпрокурор',
  'генсек',
  'глава',
  'градоначальник',
  'губернатор',
  'декан',
  'демограф',
  'депутат',
  'дипломат',
  'директор',
  'доцент',
  'журналист',
  'замглавы',
  'заместитель',
  'замминистра',
  'зампред',
  'зампредседателя',
  'зампремьера',
  'инженер',
  'исследователь',
  'историк',
  'консул',
  'координатор',
  'лидер',
  'мажилисмен',
  'министр',
  'муфтий',
  'мэр',
  'нардеп',
  'начальник',
  'омбудсмен',
  'основатель',
  'парламентарий',
  'политик',
  'политолог',
  'полпред',
  'посол',
  'правозащитник',
  'предприниматель',
  'председатель',
  'представитель',
  'президент',
  'премьер',
  'премьер-министр',
  'преподаватель',
  'пресс-секретарь',
  'прокурор',
  'профессор',
  'ректор',
  'руководитель',
  'секретарь',
  'сенатор',
  'собеседник',
  'советник',
  'сотрудник',
  'социолог',
  'специалист',
  'спикер',
  'судья',
  'таможенник',
  'торага',
  'тренер',
  'учитель',
  'учредитель',
  'фермер',
  'финансист',
  'хоким',
  'чиновник',
  'чиновница',
  'член',
  'эколог',
  'экономист',
  'эксперт',
  'юрист',
])

/** Role nouns that do not decline at all («замминистра», Kyrgyz «акыйкатчы» — ombudsman). */
const indeclinableRoleNouns = new Set([
  'замминистра',
  'замглавы',
  'зампредседателя',
  'зампремьера',
  'акыйкатчы',
  'атташе',
  'замакима',
  'замхокима',
])

/**
 * Endings of the two commonest noun declensions, for role nouns the dictionary lacks
 * (Central Asian titles: «торага», «мажилисмен», «нардеп»): a hard consonant stem
 * («нардепа», «нардепом») and a stem in -а («тораги», «торагой»).
 */
const fallbackDeclensions: { lemmaEnd: string; endings: [string, Case[]][] }[] = [
  {
    lemmaEnd: 'а',
    endings: [
      ['а', ['nom']],
      ['и', ['gen']],
      ['ы', ['gen']],
      ['е', ['dat', 'prep']],
      ['у', ['acc']],
      ['ой', ['ins']],
    ],
  },
  {
    lemmaEnd: '',
    endings: [
      ['', ['nom']],
      ['а', ['gen', 'acc']],
      ['у', ['dat']],
      ['ом', ['ins']],
      ['е', ['prep']],
    ],
  },
]

/** A role noun from the list that the dictionary does not know, read by its ending. */
function fallbackRoleReading(lower: string): RoleNounReading | null {
  const found = new Map<string, Set<Case>>()
  for (const { lemmaEnd, endings } of fallbackDeclensions)
    for (const [ending, cases] of endings) {
      if (!lower.endsWith(ending)) continue
      const stem = lower.slice(0, lower.length - ending.length)
      const noun = stem + lemmaEnd
      if (stem.length < 3 || !roleNouns.has(noun) || dictionaryKnows(noun)) continue
      if (lemmaEnd === '' && /[аяоеиыуюь]$/.test(noun)) continue
      if (lemmaEnd === 'а' && !noun.endsWith('а')) continue
      for (const c of cases) found.set(noun, (found.get(noun) ?? new Set()).add(c))
    }
  const [noun, cases] = [...found.entries()][0] ?? []
  return noun && cases ? { noun, cases: allCases.filter((c) => cases.has(c)) } : null
}

/** Whether the dictionary reads this role noun's nominative as that noun itself. */
function dictionaryKnows(noun: string): boolean {
  return parses(noun).some((p) => p.tag.POS === 'NOUN' && lemma(p) === noun)
}

export interface RoleNounReading {
  noun: string
  cases: Case[]
}

const roleCache = new Map<string, RoleNounReading | null>()

/** A role noun in any singular case, whatever its capitalisation, from the dictionary. */
export function roleNounReading(form: string): RoleNounReading | undefined {
  const lower = form.toLowerCase().replace(/ё/g, 'е')
  const cached = roleCache.get(lower)
  if (cached !== undefined) return cached ?? undefined
  let reading: RoleNounReading | null = null
  if (indeclinableRoleNouns.has(lower)) reading = { noun: lower, cases: [...allCases] }
  else {
    const cases = new Map<string, Set<Case>>()
    for (const parse of parses(lower)) {
      const noun = lemma(parse)
      // An abbreviation is no role noun: the preposition «к» reads as «к(андидат)».
      if (parse.tag.POS !== 'NOUN' || parse.tag.plur || parse.tag.Abbr || !roleNouns.has(noun))
        continue
      const c = azCases[parse.tag.CAse ?? '']
      if (c) cases.set(noun, (cases.get(noun) ?? new Set()).add(c))
    }
    const [noun, found] = [...cases.entries()][0] ?? []
    if (noun && found) reading = { noun, cases: allCases.filter((c) => found.has(c)) }
    // A noun the dictionary does not know («торага», «нардепа») is read by its ending.
    else reading = fallbackRoleReading(lower)
    // A lemma that fits no declension still reads as itself.
    if (!reading && roleNouns.has(lower)) reading = { noun: lower, cases: ['nom'] }
  }
  roleCache.set(lower, reading)
  return reading ?? undefined
}

/** Roles that a bare «эксперт» can stand for. */
const expertNouns = [
  'аналитик',
  'востоковед',
  'директор',
  'доцент',
  'историк',
  'исследователь',
  'политолог',
  'профессор',
  'руководитель',
  'советник',
  'сотрудник',
  'социолог',
  'специалист',
  'экономист',
  'эколог',
  'эксперт',
  'юрист',
  'финансист',
]

/** Nouns for anyone who is speaking, whatever their role. */
export const genericSpeakerNouns = new Set([
  'эксперт',
  'собеседник',
  'спикер',
  'судья',
  'специалист',
  'чиновник',
  'чиновница',
  'парламентарий',
])

export function isExpertRole(role: string): boolean {
  return expertNouns.some((noun) => role.toLowerCase().includes(noun))
}

export interface AdjectiveReading {
  cases: Case[]
  nominative: string
}

/**
 * A masculine adjective before a role noun («узбекистанского», «главным»), with its
 * nominative («узбекистанский», «главный»), from the dictionary.
 */
export function adjectiveReading(form: string): AdjectiveReading | undefined {
  // An indeclinable reading («Бишкеке» guessed as a fixed adjective) is a noun's, not a role's.
  const found = parses(form).filter(
    (p) => p.tag.POS === 'ADJF' && !p.tag.Fixd && p.tag.sing && (p.tag.masc || p.tag.femn),
  )
  const first = found[0]
  if (!first) return undefined
  const cases = allCases.filter((c) => found.some((p) => azCases[p.tag.CAse ?? ''] === c))
  // OpenCorpora files ordinals under the cardinal («первого» → «один»): those keep their stem.
  const normal = first.tag.Anum ? ordinalNominative(form.toLowerCase()) : first.normalize().word
  const nominative = /^\p{Lu}/u.test(form)
    ? normal.charAt(0).toUpperCase() + normal.slice(1)
    : normal
  return { cases, nominative }
}

function ordinalNominative(form: string): string {
  const stem = form.replace(/(?:ого|ому|ым|ом|ый|ой)$/, '').replace(/(?:его|ему|им|ем|ий)$/, '')
  return stem + (/[гкхжшчщ]$/.test(stem) || /(?:его|ему|им|ем|ий)$/.test(form) ? 'ий' : 'ый')
}

/**
 * The lemmas of the verbs that report speech or a stated view. Any singular past or
 * third-person present form counts; the dictionary supplies the forms.
 */
const speechLemmas = new Set([
  // Verbs of saying and stating, both aspects where the pair is in use.
  'сказать',
  'говорить',
  'заявить',
  'заявлять',
  'отметить',
  'отмечать',
  'подчеркнуть',
  'подчеркивать',
  'добавить',
  'добавлять',
  'пояснить',
  'пояснять',
  'уточнить',
  'уточнять',
  'сообщить',
  'сообщать',
  'рассказать',
  'рассказывать',
  'объяснить',
  'объяснять',
  'разъяснить',
  'разъяснять',
  'заметить',
  'замечать',
  'указать',
  'указывать',
  'напомнить',
  'напоминать',
  'ответить',
  'отвечать',
  'спросить',
  'вопрошать',
  'констатировать',
  'резюмировать',
  'подытожить',
  'заключить',
  'утверждать',
  'высказать',
  'высказаться',
  'высказываться',
  'выразить',
  'поделиться',
  'прокомментировать',
  'комментировать',
  'продолжить',
  'обратить',
  // Assurance, promise, warning.
  'заверить',
  'заверять',
  'уверить',
  'уверять',
  'убедить',
  'убеждать',
  'пообещать',
  'обещать',
  'предупредить',
  'предупреждать',
  // Admission, agreement, objection.
  'признать',
  'признавать',
  'признаться',
  'признаваться',
  'подтвердить',
  'подтверждать',
  'допустить',
  'возразить',
  'возражать',
  'парировать',
  'отрицать',
  'опровергнуть',
  'опровергать',
  'согласиться',
  'соглашаться',
  // Complaint and criticism.
  'посетовать',
  'сетовать',
  'пожаловаться',
  'жаловаться',
  'раскритиковать',
  'критиковать',
  'упрекнуть',
  'упрекать',
  // An oath is an utterance: «депутат выругался: «…»».
  'выругаться',
  // Giving an account of one's work: «министр отчитался о работе ведомства».
  'отчитаться',
  'отчитываться',
  // Appeals: what someone called for is what they said.
  'призвать',
  'призывать',
  'настаивать',
  // Views.
  'считать',
  'полагать',
  'думать',
  'надеяться',
  'ожидать',
  'предположить',
  'прогнозировать',
  'сомневаться',
  'усомниться',
  'придерживаться',
])

/** Short adjectives and participles that state a view: «эксперт уверен», «она убеждена». */
const statedViews = new Set([
  'уверенный',
  'уверить',
  'убежденный',
  'убедить',
  // «X с этим не согласен: «…»», «согласна и Ш.Исмаилова: «…»».
  'согласный',
])

export interface SpeechVerbReading {
  /** Undefined for the present tense, which does not show it. */
  gender?: Gender
}

/**
 * Verbs of writing. «— написал он в соцсетях» closes a quote as «— сказал он» does, and «X
 * написал, что …» or «…, пишет X» report what X wrote; but «написал заявление» or «пишет
 * книгу» are not speech. So they are kept apart, and the structure stage takes them only
 * where the frame shows they introduce someone's words (see structure.ts).
 */
const writingLemmas = new Set(['написать', 'писать'])

function verbReading(
  form: string,
  lemmas: ReadonlySet<string>,
  views: ReadonlySet<string>,
): SpeechVerbReading | undefined {
  let reading: SpeechVerbReading | undefined
  for (const parse of parses(form)) {
    const tag = parse.tag
    if (!tag.sing) continue
    const word = lemma(parse)
    const gender = tag.masc ? 'm' : tag.femn ? 'f' : undefined
    if (tag.POS === 'VERB' && tag.indc && lemmas.has(word)) {
      if (tag.past && gender) reading = { gender }
      else if (tag.pres && tag['3per']) reading = {}
    } else if ((tag.POS === 'ADJS' || tag.POS === 'PRTS') && views.has(word) && gender)
      reading = { gender }
    if (reading) break
  }
  return reading
}

const verbCache = new Map<string, SpeechVerbReading | null>()

/**
 * A singular speech verb. Plural forms («сообщили», «считают») are left out on purpose:
 * they report an institution or an unnamed group, which is narration, not a speaker.
 */
export function speechVerbReading(form: string): SpeechVerbReading | undefined {
  const lower = form.toLowerCase()
  const cached = verbCache.get(lower)
  if (cached !== undefined) return cached ?? undefined
  const reading = verbReading(lower, speechLemmas, statedViews)
  verbCache.set(lower, reading ?? null)
  return reading
}

/** A singular verb of writing («написал», «пишет»), read as speechVerbReading reads its verbs. */
export function writingVerbReading(form: string): SpeechVerbReading | undefined {
  return verbReading(form.toLowerCase(), writingLemmas, new Set())
}

/**
 * Verbs of address. «— обратился он к сотрудникам» closes a quote as «— сказал он» does: what
 * someone addressed to others after a dash is their words. Elsewhere «обратился в суд» or
 * «обратился к врачу» is an action, so these close a quote only (see structure.ts).
 */
const addressLemmas = new Set(['обратиться', 'обращаться'])

/** A singular «обратился», «обращается». */
export function addressVerbReading(form: string): SpeechVerbReading | undefined {
  return verbReading(form.toLowerCase(), addressLemmas, new Set())
}

/**
 * Verbs of feeling shown in speech. «— возмутился мэр», «— усмехнулся он» close a quote as
 * «— сказал он» does: after a dash they name who spoke, and how. Elsewhere «возмутился
 * решением», «удивился результату» report a feeling, not words (one of them, as a verb of
 * speech, once made a false reported item), so these close a quote only (see structure.ts).
 */
const reactionLemmas = new Set([
  'возмутиться',
  'возмущаться',
  'удивиться',
  'удивляться',
  'изумиться',
  'усмехнуться',
  'улыбнуться',
  'рассмеяться',
  'вздохнуть',
  'пошутить',
  'шутить',
  'негодовать',
  'сокрушаться',
  'восхититься',
  'восхищаться',
])

/** A singular «возмутился», «усмехается». */
export function reactionVerbReading(form: string): SpeechVerbReading | undefined {
  return verbReading(form.toLowerCase(), reactionLemmas, new Set())
}

/**
 * Nouns of evaluation and comment that make a phrase of speech with «дать»: «дал оценку
 * работе», «дала комментарий». «Дал поручение», «дал деньги» are not (instruction is read by
 * its own verbs, and a thing given is no speech).
 */
const givenSpeechNouns = new Set(['оценку', 'оценки', 'комментарий', 'комментарии'])

/** «Дал оценку», «дает комментарий»: a singular «дать» with its noun of speech right after. */
export function givesSpeechReading(
  form: string,
  next: string | undefined,
): SpeechVerbReading | undefined {
  if (!next || !givenSpeechNouns.has(next.toLowerCase())) return undefined
  return verbReading(form.toLowerCase(), new Set(['дать', 'давать']), new Set())
}

/**
 * «Выступил против инициативы»: to speak out against something is to state a position, which
 * news reports as speech. «Выступил на сессии», «выступил с концертом» report no words, and
 * neither does a match or a bout against a person or a team: «выступила против Арины
 * Соболенко», «против соперницы», «против сборной Казахстана». So «против» takes a thing
 * here: no capitalised word in the two words after it, and no noun for a person or a team.
 */
export function opposesReading(
  form: string,
  following: readonly string[],
): SpeechVerbReading | undefined {
  const [against, ...after] = following
  if (against?.toLowerCase() !== 'против') return undefined
  const object = after.slice(0, 2)
  if (object.some((word) => /^\p{Lu}/u.test(word) || namesOpponent(word))) return undefined
  return verbReading(form.toLowerCase(), new Set(['выступить', 'выступать']), new Set())
}

/** Nouns for a side in a contest that are not animate in the dictionary. */
const teamLemmas = new Set(['команда', 'сборная', 'клуб'])

/** A word that can be a noun for a person («соперницы») or a team («команды», «сборной»). */
function namesOpponent(word: string): boolean {
  return parses(word).some(
    (p) => (p.tag.POS === 'NOUN' && p.tag.anim === true) || teamLemmas.has(lemma(p)),
  )
}

/**
 * «Продолжить» reports speech on its own («— продолжил он», «Министр продолжил: …»), but
 * with an object or an infinitive of its own it carries on a deed: «продолжил инспекцию»,
 * «продолжил работать». Whether `form` is that verb and `next`, the word after it, is such.
 */
export function continuesWithoutSpeech(form: string, next: string | undefined): boolean {
  const isContinue = parses(form).some(
    (p) => p.tag.POS === 'VERB' && ['продолжить', 'продолжать'].includes(lemma(p)),
  )
  if (!isContinue || !next || !/^\p{Ll}/u.test(next)) return false
  return isInfinitive(next) || isAccusativeObject(next)
}

/**
 * Common nouns for a person the article does not name: «Женщина рассказала», «Жительница
 * Оша попросила», «Источник подтвердил». Capitalised at the start of a sentence they are still
 * no one's name (a woman's surname in -ина would otherwise fit «Женщина»); nor do they name a
 * post, so they are no speaker.
 */
const unnamedPersonLemmas = new Set([
  'женщина',
  'мужчина',
  'житель',
  'жительница',
  'горожанин',
  'горожанка',
  'источник',
  'очевидец',
  'очевидица',
  'прохожий',
  'девушка',
  'парень',
  'пенсионер',
  'пенсионерка',
  'мать',
  'отец',
  'сосед',
  'соседка',
])

/** Whether a word is one of those nouns, in any case («Женщина», «жительницы»). */
export function isUnnamedPersonNoun(form: string, inCase?: Case): boolean {
  return isSingularNounOf(form, unnamedPersonLemmas, inCase)
}

/**
 * Of those nouns, the ones that tell only a person's sex and age: «мужчина», «девушка». A
 * journalist may call the person just quoted by name so. «Источник», «соседка», «мать»,
 * «очевидец», «житель» tell how someone stands to others or to a place, and are used
 * precisely for someone other than the person named.
 */
const plainPersonLemmas = new Set(['женщина', 'мужчина', 'девушка', 'парень'])

/** Whether a word is one of the nouns that tell only sex and age, in any case. */
export function isPlainPersonNoun(form: string): boolean {
  return isSingularNounOf(form, plainPersonLemmas)
}

function isSingularNounOf(form: string, lemmas: ReadonlySet<string>, inCase?: Case): boolean {
  return parses(form).some(
    (p) =>
      p.tag.POS === 'NOUN' &&
      !p.tag.plur &&
      p.parser === 'Dictionary' &&
      lemmas.has(lemma(p)) &&
      (inCase === undefined || azCases[p.tag.CAse ?? ''] === inCase),
  )
}

/**
 * Verbs of instruction, demand and proposal. What a person told others to do is what they
 * said («поручил министру подготовить …», «предложил, чтобы …»), but «предложил кандидатуру»
 * or «потребовал отставки» name a thing put forward or demanded, not words. So they are kept
 * apart, and the structure stage takes them only where an infinitive, a «, чтобы» or «, что»
 * clause or a colon follows (see structure.ts). «Просить» is left out: a request in a sitting
 * («попросила пригласить представителя правительства») is procedure, not a view stated, in
 * the answers.
 */
const instructionLemmas = new Set([
  'поручить',
  'поручать',
  'предложить',
  'предлагать',
  'потребовать',
  'требовать',
  'рекомендовать',
  'порекомендовать',
  'посоветовать',
  'советовать',
])

/** A singular verb of instruction or proposal («поручил», «предлагает»). */
export function instructionVerbReading(form: string): SpeechVerbReading | undefined {
  return verbReading(form.toLowerCase(), instructionLemmas, new Set())
}

/**
 * «Назвать» and «называть» state a view when they give a thing a quality: «назвал
 * правительство техническим», «назвала решение ошибкой». Naming a child or a street («назвал
 * сына Иваном», «назвали улицу именем поэта») and naming a date («назвал дату») are not
 * speech; the structure stage tells them apart by what follows (see isAssessmentPredicate).
 */
const assessmentLemmas = new Set(['назвать', 'называть'])

/** A singular «назвал», «называет». */
export function assessmentVerbReading(form: string): SpeechVerbReading | undefined {
  return verbReading(form.toLowerCase(), assessmentLemmas, new Set())
}

/** Nouns that give a name rather than a quality: «назвали улицу именем поэта». */
const namingNouns = new Set(['имя', 'название', 'фамилия', 'прозвище', 'честь'])

/**
 * The predicate of «назвал X Y»: an adjective or a common noun in the instrumental, written
 * lower-case («техническим», «технократами», «ошибкой»). A capitalised one is a name
 * («Иваном»), and «именем», «названием» give one.
 */
export function isAssessmentPredicate(form: string): boolean {
  if (!/^\p{Ll}/u.test(form)) return false
  return parses(form).some(
    (p) =>
      p.tag.CAse === 'ablt' &&
      p.parser === 'Dictionary' &&
      ((p.tag.POS === 'ADJF' && !p.tag.Apro) ||
        (p.tag.POS === 'NOUN' && !p.tag.Name && !namingNouns.has(lemma(p)))),
  )
}

/**
 * A word that can only be a finite verb («посетил», «наблюдает»): a role apposition cannot
 * run across one («президент посетил дом Дониёра Юлдашева» gives him no post).
 */
export function isOnlyFiniteVerb(form: string): boolean {
  // Az also reads a word with a letter typed twice as the word with one («махалли» as
  // «махали»): only the readings of the word as written count.
  const asWritten = parses(form).filter((p) => !p.stutterCnt && !p.typosCnt)
  return asWritten.length > 0 && asWritten.every((p) => p.tag.POS === 'VERB' && p.tag.indc)
}

/** An infinitive: «восстановить», «обратиться». */
export function isInfinitive(form: string): boolean {
  return parses(form).some((p) => p.tag.POS === 'INFN')
}

/**
 * A word between a verb of instruction and its infinitive that shows the verb has an object
 * of its own instead: a noun that can only be in the accusative («предложил способ решить»,
 * «предложил кандидатуру»). The addressee in the dative («депутату») and an adverbial («с
 * пользой») are not.
 */
export function isAccusativeObject(form: string): boolean {
  const nouns = parses(form).filter((p) => p.tag.POS === 'NOUN' || p.tag.POS === 'NPRO')
  return (
    nouns.length > 0 &&
    nouns.some((p) => p.tag.CAse === 'accs') &&
    !nouns.some((p) => ['datv', 'ablt', 'gent', 'loct'].includes(p.tag.CAse ?? ''))
  )
}

/**
 * «Тот», «та» as the subject of a verb («Тот отказался …»): a demonstrative standing for a
 * person, the latest one named, not the one the sentence before was about. Only before a
 * finite verb: «тот же министр», «та встреча» are determiners.
 */
export function isDemonstrativeSubject(form: string, next: string | undefined): Gender | null {
  const lower = form.toLowerCase()
  const gender = lower === 'тот' ? 'm' : lower === 'та' ? 'f' : null
  if (!gender || !next) return null
  return parses(next).some((p) => p.tag.POS === 'VERB' && p.tag.indc && !p.tag.plur) ? gender : null
}

/**
 * «Ответить» and «отвечать» name speech only with a person or a question: «ответил
 * журналистам», «ответил на вопрос», «ответил, что». With «за» they mean being responsible
 * («отвечает за бюджет»), and with a thing in the dative, meeting it («отвечает интересам
 * страны», «отвечает требованиям»). Whether `form` is that verb and the words after it,
 * `following` (lower-cased, adjectives included), take it out of speech.
 */
export function answersWithoutSpeech(form: string, following: readonly string[]): boolean {
  const isAnswer = parses(form).some(
    (p) => p.tag.POS === 'VERB' && ['ответить', 'отвечать'].includes(lemma(p)),
  )
  if (!isAnswer) return false
  const [first, ...rest] = following
  if (first === 'за') return true
  for (const word of [first, ...rest]) {
    if (!word || !/^\p{Ll}/u.test(word)) return false
    const readings = parses(word)
    const nouns = readings.filter((p) => p.tag.POS === 'NOUN')
    if (nouns.length > 0)
      return nouns.every((p) => p.tag.inan) && nouns.some((p) => p.tag.CAse === 'datv')
    if (!readings.some((p) => p.tag.POS === 'ADJF' && p.tag.CAse === 'datv')) return false
  }
  return false
}

/** A noun that can be in the genitive («пресс-службы», «администрации»): a link of a role chain. */
export function isGenitiveNoun(form: string): boolean {
  return parses(form).some(
    (p) => p.tag.POS === 'NOUN' && (p.tag.CAse === 'gent' || p.tag.CAse === 'gen2'),
  )
}

/**
 * Whether a word is in the first person: «я», «мы» and their cases, «мой», «наш», or a verb
 * in the first person («считаю», «сделаем»). The author of a news item does not speak in the
 * first person (but for «напомним» and the like, which the caller leaves out).
 */
export function isFirstPerson(form: string): boolean {
  const lower = form.toLowerCase()
  if (firstPersonPronouns.has(lower)) return true
  return parses(lower).some(
    (p) =>
      (p.tag.POS === 'VERB' && p.tag['1per'] && p.parser === 'Dictionary') ||
      (p.tag.POS === 'ADJF' && p.tag.Apro && ['мой', 'наш'].includes(lemma(p))),
  )
}

const firstPersonPronouns = new Set([
  'я',
  'меня',
  'мне',
  'мной',
  'мною',
  'мы',
  'нас',
  'нам',
  'нами',
])

/**
 * A gerund of a speech verb: «отметив», «подчеркнув», «добавляя». It has no subject of its
 * own; its speaker is the subject of the sentence («Токаев похвалил акима, отметив, что …»).
 */
export function isSpeechGerund(form: string): boolean {
  return parses(form.toLowerCase()).some(
    (parse) => parse.tag.POS === 'GRND' && speechLemmas.has(lemma(parse)),
  )
}

/** The nouns of «по словам X», «по мнению X»: a source of speech in the genitive. */
export const speechFrameNouns = new Set([
  'словам',
  'мнению',
  'оценке',
  'оценкам',
  'убеждению',
  'признанию',
  'прогнозу',
  'прогнозам',
  'подсчетам',
  'подсчётам',
  'утверждению',
])

/** Pronouns that stand for one person, with the cases they can be in. */
export const personPronouns: Record<string, { gender: Gender; cases: Case[] }> = {
  он: { gender: 'm', cases: ['nom'] },
  она: { gender: 'f', cases: ['nom'] },
  его: { gender: 'm', cases: ['gen', 'acc'] },
  её: { gender: 'f', cases: ['gen', 'acc'] },
  ее: { gender: 'f', cases: ['gen', 'acc'] },
}
