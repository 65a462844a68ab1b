// Hand-written Russian case rules for what news articles need: people's names (first
// name, patronymic, -ов/-ев/-ин/-ский surnames) in every case, the nouns of their roles
// and the adjectives before them, and the verbs that introduce speech. Central Asian
// names are in no dictionary, so the rules go by endings and return every reading an
// ending allows; the detector narrows them down with the context.

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

/** Nouns that name what a person is or does: the heads of role appositions. */
const roleNouns = [
  'аналитик',
  'аким',
  'академик',
  'банкир',
  'востоковед',
  'вице-министр',
  'вице-президент',
  'генсек',
  'гендиректор',
  'глава',
  'губернатор',
  'декан',
  'депутат',
  'директор',
  'дипломат',
  'доцент',
  'журналист',
  'замглавы',
  'заместитель',
  'замминистра',
  'инженер',
  'историк',
  'исследователь',
  'координатор',
  'министр',
  'мэр',
  'начальник',
  'основатель',
  'посол',
  'политолог',
  'председатель',
  'предприниматель',
  'представитель',
  'президент',
  'премьер-министр',
  'преподаватель',
  'пресс-секретарь',
  'профессор',
  'ректор',
  'руководитель',
  'сенатор',
  'секретарь',
  'собеседник',
  'советник',
  'сотрудник',
  'социолог',
  'специалист',
  'спикер',
  'таможенник',
  'учредитель',
  'фермер',
  'финансист',
  'хоким',
  'член',
  'экономист',
  'эколог',
  'эксперт',
  'юрист',
]

/** Nouns ending in -а that do not decline as nouns at all («замминистра»). */
const indeclinableRoleNouns = new Set(['замминистра', 'замглавы'])

function roleNounEndings(noun: string): Partial<Record<Case, string[]>> {
  if (noun.endsWith('ь'))
    return { nom: ['ь'], gen: ['я'], dat: ['ю'], acc: ['я'], ins: ['ем'], prep: ['е'] }
  if (noun.endsWith('а'))
    return { nom: ['а'], gen: ['ы', 'и'], dat: ['е'], acc: ['у'], ins: ['ой'], prep: ['е'] }
  // Animate masculine nouns: the accusative is the genitive.
  return { nom: [''], gen: ['а'], dat: ['у'], acc: ['а'], ins: ['ом', 'ем'], prep: ['е'] }
}

export interface RoleNounReading {
  noun: string
  cases: Case[]
}

const roleNounForms: Map<string, RoleNounReading> = (() => {
  const forms = new Map<string, RoleNounReading>()
  for (const noun of roleNouns) {
    if (indeclinableRoleNouns.has(noun)) {
      forms.set(noun, { noun, cases: [...allCases] })
      continue
    }
    const base = /[ьа]$/.test(noun) ? noun.slice(0, -1) : noun
    for (const [c, endings] of Object.entries(roleNounEndings(noun)) as [Case, string[]][])
      for (const ending of endings) {
        const form = base + ending
        const reading = forms.get(form) ?? { noun, cases: [] }
        reading.cases.push(c)
        forms.set(form, reading)
      }
  }
  return forms
})()

/** A role noun in any singular case, whatever its capitalisation. */
export function roleNounReading(form: string): RoleNounReading | undefined {
  return roleNounForms.get(form.toLowerCase())
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
export const genericSpeakerNouns = new Set(['эксперт', 'собеседник', 'спикер', 'специалист'])

export function isExpertRole(role: string): boolean {
  return expertNouns.some((noun) => role.toLowerCase().includes(noun))
}

const adjectiveEndings: { ending: string; cases: Case[] }[] = [
  { ending: 'ый', cases: ['nom'] },
  { ending: 'ий', cases: ['nom'] },
  { ending: 'ой', cases: ['nom'] },
  { ending: 'ого', cases: ['gen', 'acc'] },
  { ending: 'его', cases: ['gen', 'acc'] },
  { ending: 'ому', cases: ['dat'] },
  { ending: 'ему', cases: ['dat'] },
  { ending: 'ым', cases: ['ins'] },
  { ending: 'им', cases: ['ins'] },
  { ending: 'ом', cases: ['prep'] },
  { ending: 'ем', cases: ['prep'] },
]

export interface AdjectiveReading {
  cases: Case[]
  nominative: string
}

/**
 * A masculine adjective before a role noun («узбекистанского», «главным»), with its
 * nominative. Soft and velar stems take -ий: «казахского» → «казахский».
 */
export function adjectiveReading(form: string): AdjectiveReading | undefined {
  const lower = form.toLowerCase()
  for (const { ending, cases } of adjectiveEndings) {
    if (!lower.endsWith(ending)) continue
    const stem = form.slice(0, form.length - ending.length)
    if (stem.length < 3 || endsWithVowel(stem.toLowerCase())) continue
    if (cases.includes('nom')) return { cases, nominative: form }
    const soft = ending.startsWith('е') || ending === 'им'
    const nominative = stem + (soft || velarOrHushing.includes(stem.slice(-1)) ? 'ий' : 'ый')
    return { cases, nominative }
  }
  return undefined
}

/**
 * Verbs that report speech or a stated view, in the masculine past. The feminine and
 * plural forms are made from them.
 */
const pastSpeechVerbs = [
  'добавил',
  'допустил',
  'заверил',
  'заключил',
  'заявил',
  'констатировал',
  'напомнил',
  'обратил',
  'объяснил',
  'ответил',
  'отметил',
  'отмечал',
  'поделился',
  'подтвердил',
  'подчеркнул',
  'подчеркивал',
  'подытожил',
  'полагал',
  'пообещал',
  'посетовал',
  'предположил',
  'предупредил',
  'признал',
  'прокомментировал',
  'пояснил',
  'рассказал',
  'резюмировал',
  'сказал',
  'сообщил',
  'считал',
  'указал',
  'уточнил',
  'говорил',
  'выразил',
  'высказал',
]

/** Present-tense (third person singular) forms: they show no gender. */
const presentSpeechVerbs = [
  'говорит',
  'добавляет',
  'думает',
  'заявляет',
  'надеется',
  'напоминает',
  'ожидает',
  'отмечает',
  'подчеркивает',
  'подчёркивает',
  'полагает',
  'поясняет',
  'предупреждает',
  'признает',
  'признаёт',
  'прогнозирует',
  'рассказывает',
  'сомневается',
  'считает',
  'указывает',
  'уточняет',
]

/** Short adjectives that state a view: «эксперт уверен», «она убеждена». */
const statedViews = ['уверен', 'убежден', 'убеждён']

export interface SpeechVerbReading {
  /** Undefined for the present tense, which does not show it. */
  gender?: Gender
}

const speechVerbForms: Map<string, SpeechVerbReading> = (() => {
  const forms = new Map<string, SpeechVerbReading>()
  for (const verb of pastSpeechVerbs) {
    if (verb.endsWith('ся')) {
      forms.set(verb, { gender: 'm' })
      forms.set(verb.slice(0, -2) + 'ась', { gender: 'f' })
    } else {
      forms.set(verb, { gender: 'm' })
      forms.set(verb + 'а', { gender: 'f' })
    }
  }
  for (const verb of presentSpeechVerbs) forms.set(verb, {})
  for (const view of statedViews) {
    forms.set(view, { gender: 'm' })
    forms.set(view + 'а', { gender: 'f' })
  }
  return forms
})()

/**
 * A singular speech verb. Plural forms («сообщили», «считают») are left out on purpose:
 * they report an institution or an unnamed group, which is narration, not a speaker.
 */
export function speechVerbReading(form: string): SpeechVerbReading | undefined {
  return speechVerbForms.get(form.toLowerCase())
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
