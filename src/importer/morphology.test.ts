import { describe, expect, it } from 'vitest'
import {
  addressVerbReading,
  adjectiveReading,
  answersWithoutSpeech,
  continuesWithoutSpeech,
  firstNameReadings,
  fixedSurname,
  givesSpeechReading,
  isFirstPerson,
  isOnlyFiniteVerb,
  isUnnamedPersonNoun,
  nameReadings,
  roleNounReading,
  speechVerbReading,
  surnameReadings,
  writingVerbReading,
  type Case,
  type Gender,
} from './morphology.ts'
import { casesFromLeft, findReferences, roleAfter, roleBefore } from './references.ts'

/** The readings as "case gender nominative" strings, for compact expectations. */
function readable(readings: { case: Case; gender: Gender; nominative: string }[]): string[] {
  return readings.map((r) => `${r.case} ${r.gender} ${r.nominative}`)
}

function fullNames(first: string, surname: string, c: Case): string[] {
  return nameReadings(first, null, surname)
    .filter((r) => r.case === c)
    .map((r) => `${r.gender} ${r.first} ${r.surname}`)
}

describe('surnames', () => {
  it('reads -ов surnames in every case and both genders', () => {
    expect(readable(surnameReadings('Толипов'))).toEqual(['nom m Толипов'])
    expect(readable(surnameReadings('Толипова'))).toEqual([
      'gen m Толипов',
      'acc m Толипов',
      'nom f Толипова',
    ])
    expect(readable(surnameReadings('Толиповым'))).toEqual(['ins m Толипов'])
    expect(readable(surnameReadings('Сапаровой'))).toEqual([
      'gen f Сапарова',
      'dat f Сапарова',
      'ins f Сапарова',
      'prep f Сапарова',
    ])
    expect(readable(surnameReadings('Сапарову'))).toEqual(['dat m Сапаров', 'acc f Сапарова'])
  })

  it('reads -ев, -ин and -ский surnames', () => {
    expect(readable(surnameReadings('Эсенбаеве'))).toEqual(['prep m Эсенбаев'])
    expect(readable(surnameReadings('Карину'))).toEqual(['dat m Карин', 'acc f Карина'])
    expect(readable(surnameReadings('Каменского'))).toEqual(['gen m Каменский', 'acc m Каменский'])
    expect(readable(surnameReadings('Каменская'))).toEqual(['nom f Каменская'])
  })

  it('gives every form of one family name the same key', () => {
    const keys = ['Сапаров', 'Сапаровой', 'Сапаровым', 'Сапарова'].flatMap((form) =>
      surnameReadings(form).map((r) => r.key),
    )
    expect(new Set(keys)).toEqual(new Set(['сапаров']))
  })

  it('leaves words that are no surname alone', () => {
    expect(surnameReadings('Казахстана')).toEqual([])
    expect(surnameReadings('Ташкент')).toEqual([])
    expect(surnameReadings('толипов')).toEqual([])
  })
})

describe('first names', () => {
  it('reads male names in oblique cases', () => {
    expect(readable(firstNameReadings('Фархода'))).toContain('gen m Фарход')
    expect(readable(firstNameReadings('Фарходу'))).toContain('dat m Фарход')
    expect(readable(firstNameReadings('Фарходом'))).toContain('ins m Фарход')
    expect(readable(firstNameReadings('Фарходе'))).toContain('prep m Фарход')
    expect(readable(firstNameReadings('Андрея'))).toContain('gen m Андрей')
    expect(readable(firstNameReadings('Игоря'))).toContain('gen m Игорь')
  })

  it('reads female names in oblique cases', () => {
    expect(readable(firstNameReadings('Гульнары'))).toContain('gen f Гульнара')
    expect(readable(firstNameReadings('Гульнарой'))).toContain('ins f Гульнара')
    expect(readable(firstNameReadings('Гульнаре'))).toContain('dat f Гульнара')
    expect(readable(firstNameReadings('Ольги'))).toContain('gen f Ольга')
    expect(readable(firstNameReadings('Марии'))).toContain('gen f Мария')
    // Consonant-final female names (Айгерим) do not decline.
    expect(readable(firstNameReadings('Айгерим'))).toContain('gen f Айгерим')
  })

  it('reads Turkic men’s names in -ы and -али, which do not decline, in any case', () => {
    expect(readable(firstNameReadings('Мамбеталы'))).toContain('nom m Мамбеталы')
    expect(readable(firstNameReadings('Мамбеталы'))).toContain('ins m Мамбеталы')
    expect(readable(firstNameReadings('Нурали'))).toContain('nom m Нурали')
    expect(fullNames('Мамбеталы', 'Осмонов', 'nom')).toEqual(['m Мамбеталы Осмонов'])
    expect(fullNames('Нурали', 'Осмоновым', 'ins')).toEqual(['m Нурали Осмонов'])
    // A Russian woman's name in the genitive keeps its reading.
    expect(fullNames('Гульнары', 'Осмоновой', 'gen')).toEqual(['f Гульнара Осмонова'])
  })
})

describe('whole names', () => {
  it('lets the parts agree: a genitive male or a nominative female', () => {
    expect(fullNames('Фархода', 'Толипова', 'gen')).toEqual(['m Фарход Толипов'])
    expect(fullNames('Фархода', 'Толипова', 'nom')).toEqual(['f Фархода Толипова'])
    expect(fullNames('Гульнары', 'Сапаровой', 'gen')).toEqual(['f Гульнара Сапарова'])
    expect(fullNames('Алишером', 'Каримовым', 'ins')).toEqual(['m Алишер Каримов'])
    expect(fullNames('Айгуль', 'Токтогулова', 'nom')).toEqual(['f Айгуль Токтогулова'])
    expect(fullNames('Айгуль', 'Токтогулова', 'gen')).toEqual([])
  })

  it('reads patronymics', () => {
    const readings = nameReadings('Ивана', 'Ивановича', 'Петрова')
    expect(readings.map((r) => `${r.case} ${r.first} ${r.patronymic} ${r.surname}`)).toEqual([
      'gen Иван Иванович Петров',
      'acc Иван Иванович Петров',
    ])
  })
})

describe('role nouns, adjectives and speech verbs', () => {
  it('reads role nouns in every case', () => {
    expect(roleNounReading('политолога')).toEqual({ noun: 'политолог', cases: ['gen', 'acc'] })
    expect(roleNounReading('Председателя')?.noun).toBe('председатель')
    expect(roleNounReading('главы')?.noun).toBe('глава')
    expect(roleNounReading('казахстан')).toBeUndefined()
  })

  it('puts role adjectives into the nominative', () => {
    expect(adjectiveReading('узбекистанского')?.nominative).toBe('узбекистанский')
    expect(adjectiveReading('главным')?.nominative).toBe('главный')
    expect(adjectiveReading('старшего')?.nominative).toBe('старший')
    expect(adjectiveReading('политолога')).toBeUndefined()
    // A place the dictionary guesses as an indeclinable adjective is no part of a role.
    expect(adjectiveReading('Бишкеке')).toBeUndefined()
    expect(adjectiveReading('Астане')).toBeUndefined()
  })

  it('reads the gender of speech verbs and leaves out plurals', () => {
    expect(speechVerbReading('сказала')).toEqual({ gender: 'f' })
    expect(speechVerbReading('отметил')).toEqual({ gender: 'm' })
    expect(speechVerbReading('уверена')).toEqual({ gender: 'f' })
    expect(speechVerbReading('считает')).toEqual({})
    expect(speechVerbReading('сообщили')).toBeUndefined()
    expect(speechVerbReading('напомним')).toBeUndefined()
  })

  it('knows speech verbs by lemma from the dictionary, in any singular form', () => {
    for (const [form, gender] of [
      ['заметил', 'm'],
      ['подчеркнула', 'f'],
      ['уточнила', 'f'],
      ['пояснил', 'm'],
      ['ответила', 'f'],
    ] as const)
      expect(speechVerbReading(form), form).toEqual({ gender })
    expect(speechVerbReading('придерживается')).toEqual({})
    expect(speechVerbReading('добавляет')).toEqual({})
    // An infinitive, a gerund, a plural and a reflexive «говорится» report nobody.
    for (const form of ['заметить', 'отметив', 'подчеркнули', 'говорится'])
      expect(speechVerbReading(form), form).toBeUndefined()
  })

  it('knows the verbs of speech of Russian grammar, both aspects, by lemma', () => {
    // Perfective and imperfective pairs: past forms give the gender, present forms none.
    for (const [form, gender] of [
      ['посетовал', 'm'],
      ['сетовал', 'm'],
      ['пожаловалась', 'f'],
      ['раскритиковал', 'm'],
      ['возразила', 'f'],
      ['парировал', 'm'],
      ['констатировала', 'f'],
      ['резюмировал', 'm'],
      ['предупредила', 'f'],
      ['призвал', 'm'],
      ['заверила', 'f'],
      ['признался', 'm'],
      ['разъяснил', 'm'],
      ['упрекнула', 'f'],
    ] as const)
      expect(speechVerbReading(form), form).toEqual({ gender })
    for (const form of [
      'сетует',
      'жалуется',
      'критикует',
      'возражает',
      'призывает',
      'убеждает',
      'заверяет',
      'сообщает',
      'утверждает',
      'настаивает',
      'комментирует',
    ])
      expect(speechVerbReading(form), form).toEqual({})
    // Verbs of doing, not of saying, stay out.
    for (const form of ['возмутился', 'пошутил', 'похвалил', 'отреагировал'])
      expect(speechVerbReading(form), form).toBeUndefined()
  })

  it('keeps verbs of writing apart from the verbs of speech', () => {
    expect(writingVerbReading('написал')).toEqual({ gender: 'm' })
    expect(writingVerbReading('написала')).toEqual({ gender: 'f' })
    expect(writingVerbReading('пишет')).toEqual({})
    expect(writingVerbReading('написали')).toBeUndefined()
    expect(writingVerbReading('сказал')).toBeUndefined()
    expect(speechVerbReading('написал')).toBeUndefined()
  })

  it.each([
    ['отвечает', ['за', 'бюджет'], true],
    ['отвечает', ['интересам', 'страны'], true],
    ['отвечает', ['национальным', 'интересам'], true],
    ['ответил', ['требованиям', 'стандарта'], true],
    ['ответил', ['журналистам'], false],
    ['ответила', ['на', 'вопрос'], false],
    ['ответил', [], false],
    ['сказал', ['за', 'бюджет'], false],
  ])('reads «%s %s» as speech unless it means being responsible or meeting', (verb, after, out) => {
    expect(answersWithoutSpeech(verb, after)).toBe(out)
  })

  it('tells the first person: pronouns, «мой» and «наш», verbs in the first person', () => {
    for (const form of ['меня', 'Мы', 'нам', 'моей', 'наша', 'считаю', 'сделаем'])
      expect(isFirstPerson(form), form).toBe(true)
    for (const form of ['он', 'его', 'считает', 'сделают', 'свой', 'мост'])
      expect(isFirstPerson(form), form).toBe(false)
  })

  it('reads «согласен» as a stated view, like «уверен»', () => {
    expect(speechVerbReading('согласен')).toEqual({ gender: 'm' })
    expect(speechVerbReading('согласна')).toEqual({ gender: 'f' })
  })

  it('knows Central Asian titles, and declines the ones the dictionary lacks', () => {
    expect(roleNounReading('торага')).toMatchObject({ noun: 'торага', cases: ['nom'] })
    expect(roleNounReading('тораги')).toMatchObject({ noun: 'торага', cases: ['gen'] })
    expect(roleNounReading('торагой')).toMatchObject({ noun: 'торага', cases: ['ins'] })
    expect(roleNounReading('нардепа')?.noun).toBe('нардеп')
    expect(roleNounReading('нардепом')).toMatchObject({ noun: 'нардеп', cases: ['ins'] })
    expect(roleNounReading('мажилисмена')?.noun).toBe('мажилисмен')
    expect(roleNounReading('хокимом')).toMatchObject({ noun: 'хоким', cases: ['ins'] })
    expect(roleNounReading('сенатора')?.noun).toBe('сенатор')
    expect(roleNounReading('акыйкатчы')?.cases).toHaveLength(6)
    expect(roleNounReading('замакима')?.noun).toBe('замакима')
    expect(roleNounReading('вице-мэра')?.noun).toBe('вице-мэр')
    // An ending that fits a title's declension does not make any word a title.
    expect(roleNounReading('Бишкека')).toBeUndefined()
  })

  it('reads role nouns the dictionary does not know as themselves, and in oblique cases', () => {
    expect(roleNounReading('хоким')?.noun).toBe('хоким')
    expect(roleNounReading('акима')).toMatchObject({ noun: 'аким', cases: ['gen'] })
    expect(roleNounReading('пресс-секретаря')?.noun).toBe('пресс-секретарь')
    expect(roleNounReading('Минздрава')).toBeUndefined()
  })

  it('reads Ким, Цой and «уулу» as surnames that do not decline after a first name', () => {
    expect(fixedSurname('Ким')).toEqual({})
    expect(fixedSurname('Тургунбек уулу')).toEqual({ gender: 'm' })
    expect(fixedSurname('Сапар кызы')).toEqual({ gender: 'f' })
    expect(fixedSurname('Погода')).toBeNull()
    const kim = nameReadings('Виктора', null, 'Ким')
    expect(kim.map((r) => `${r.case} ${r.gender} ${r.first} ${r.surname}`)).toContain(
      'gen m Виктор Ким',
    )
  })
})

describe('references and roles in text', () => {
  const role = (text: string, name: string) => {
    const start = text.indexOf(name)
    const found = roleBefore(text, 0, start)
    return found && { nominative: found.nominative, text: text.slice(found.start, start).trim() }
  }

  it('finds the apposition before a name and puts it in the nominative', () => {
    expect(role('По словам политолога Фархода Толипова, …', 'Фархода')).toEqual({
      nominative: 'политолог',
      text: 'политолога',
    })
    expect(
      role('Такое мнение высказал узбекистанский политолог Равшан Назаров.', 'Равшан'),
    ).toEqual({ nominative: 'узбекистанский политолог', text: 'узбекистанский политолог' })
    expect(role('Об этом сказал директор Института мира Иван Петров.', 'Иван')?.nominative).toBe(
      'директор Института мира',
    )
    expect(
      role('По мнению директора Центра «Ак-Суу» Бакыта Эсенбаева, …', 'Бакыта')?.nominative,
    ).toBe('директор Центра «Ак-Суу»')
    expect(
      role('С ним согласен первый заместитель председателя Совета Ерлан Ахметов.', 'Ерлан')
        ?.nominative,
    ).toBe('первый заместитель председателя Совета')
    expect(role('В беседе с казахстанским экономистом Динарой Сейтказиевой …', 'Динарой')).toEqual({
      nominative: 'казахстанский экономист',
      text: 'казахстанским экономистом',
    })
    expect(role('Об этом рассказал Иван Петров.', 'Иван')).toBeNull()
  })

  it.each([
    ['Об этом пишет глава пресс-службы президента Иван Петров.', 'глава пресс-службы президента'],
    [
      'По словам руководителя аппарата президента Ивана Петрова, …',
      'руководитель аппарата президента',
    ],
    [
      'Как отметил заместитель главы администрации президента Иван Петров, …',
      'заместитель главы администрации президента',
    ],
    // The chain stops at a word that is no genitive: «отставку» governs it.
    ['Президент принял отставку главы таможни Ивана Петрова.', 'глава таможни'],
    ['Президент поддержал инициативу министра Ивана Петрова.', 'министр'],
    // A place before the role is not an adjective of it.
    ['Об этом заявил в Бишкеке глава государства Иван Петров.', 'глава государства'],
  ])('follows a chain of genitives back to the role noun at its head: %s', (text, nominative) => {
    const start = text.indexOf('Иван')
    expect(roleBefore(text, 0, start)?.nominative).toBe(nominative)
  })

  it('finds an apposition after a name', () => {
    const text = 'Иван Петров, директор Института мира, считает, что …'
    expect(roleAfter(text, 'Иван Петров'.length)?.nominative).toBe('директор Института мира')
    expect(roleAfter('Иван Петров, который давно …', 'Иван Петров'.length)).toBeNull()
  })

  it('reads the case a frame or preposition asks for', () => {
    const text = 'По словам политолога Толипова, а в беседе с Каримовым и заявил Назаров'
    expect(casesFromLeft(text, 0, text.indexOf('политолога'))).toEqual(['gen'])
    expect(casesFromLeft(text, 0, text.indexOf('Каримовым'))).toEqual(['ins'])
    expect(casesFromLeft(text, 0, text.indexOf('Назаров'))).toEqual(['nom'])
  })

  it('finds names with initials, with and without a space, and known bare surnames', () => {
    const text = 'Ф.Толипов и Р. Назаров, потом Толипова и Каримов.'
    const names = findReferences(text, 0, text.length, { knownKeys: new Set(['толипов']) })
      .filter((r) => r.kind === 'name')
      .map((r) => text.slice(r.start, r.end))
    expect(names).toEqual(['Ф.Толипов', 'Р. Назаров', 'Толипова'])
  })

  it.each([
    ['глава Минфина', [['noun', 'глава']]],
    ['представитель МИДа', [['noun', 'представитель']]],
    ['РБК и Facebook', []],
    [
      'министр Кузнецова',
      [
        ['noun', 'министр'],
        ['name', 'Кузнецова'],
      ],
    ],
    [
      'депутат Тургунбек уулу',
      [
        ['noun', 'депутат'],
        ['name', 'Тургунбек уулу'],
      ],
    ],
  ])('takes no organisation, abbreviation or Latin word for a person: %s', (text, found) => {
    expect(
      findReferences(text, 0, text.length, { anyCapitalized: true }).map((r) => [
        r.kind,
        text.slice(r.start, r.end),
      ]),
    ).toEqual(found)
  })

  it('does not take a company name in «…» or a capitalised role noun for a person', () => {
    const text = 'Эксперт компании «Зарафшан Тревел» Шахноза Юлдашева'
    expect(
      findReferences(text, 0, text.length, { anyCapitalized: true }).map((r) => [
        r.kind,
        text.slice(r.start, r.end),
      ]),
    ).toEqual([
      ['noun', 'Эксперт'],
      ['name', 'Шахноза Юлдашева'],
    ])
  })
})

describe('the seventh round’s words', () => {
  it.each([
    ['Толгонай', 'Стамбекова', 'f'],
    ['Николай', 'Петров', 'm'],
    ['Тура', 'Холматов', 'm'],
    ['Никита', 'Михалков', 'm'],
    ['Анна', 'Смирнова', 'f'],
  ] as const)(
    'reads «%s %s» in the nominative as one name, for %s only',
    (first, surname, gender) => {
      const nominative = nameReadings(first, null, surname).filter((r) => r.case === 'nom')
      expect(nominative.map((r) => [r.first, r.gender])).toEqual([[first, gender]])
    },
  )

  it('reads no man’s nominative name into a genitive beside a genitive surname', () => {
    const readings = nameReadings('Ивана', null, 'Петрова')
    expect(readings.some((r) => r.case === 'nom' && r.gender === 'm')).toBe(false)
  })

  it.each([
    ['обратился', true],
    ['обращается', true],
    ['обратил', false],
    ['сказал', false],
  ])('reads «%s» as a verb of address: %s', (form, expected) => {
    expect(addressVerbReading(form) !== undefined).toBe(expected)
  })

  it.each([
    ['дал', 'оценку', true],
    ['дает', 'комментарий', true],
    ['дал', 'поручение', false],
    ['дал', 'деньги', false],
  ])('reads «%s %s» as speech: %s', (form, next, expected) => {
    expect(givesSpeechReading(form, next) !== undefined).toBe(expected)
  })

  it.each([
    ['продолжил', 'инспекцию', true],
    ['продолжил', 'работать', true],
    ['продолжил', 'он', false],
    ['продолжила', 'министр', false],
    ['сказал', 'инспекцию', false],
  ])('reads «%s %s» as a deed carried on, not speech: %s', (form, next, expected) => {
    expect(continuesWithoutSpeech(form, next)).toBe(expected)
  })

  it.each([
    ['Женщина', true],
    ['жительницы', true],
    ['Источник', true],
    ['Соседов', false],
    ['Каримова', false],
    ['министр', false],
  ])('reads «%s» as a noun for someone unnamed: %s', (form, expected) => {
    expect(isUnnamedPersonNoun(form)).toBe(expected)
  })

  it.each([
    ['посетил', true],
    ['наблюдает', true],
    ['махалли', false],
    ['стали', false],
    ['министр', false],
  ])('reads «%s» as only a finite verb: %s', (form, expected) => {
    expect(isOnlyFiniteVerb(form)).toBe(expected)
  })
})

describe('role nouns and abbreviations', () => {
  it('reads «кандидат» as a role noun, but not the preposition «к», its abbreviation', () => {
    expect(roleNounReading('кандидат')?.noun).toBe('кандидат')
    expect(roleNounReading('к')).toBeUndefined()
    expect(roleNounReading('К')).toBeUndefined()
  })
})
