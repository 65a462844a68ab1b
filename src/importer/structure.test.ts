import { describe, expect, it } from 'vitest'
import { findStructure } from './structure.ts'

/** The items as «kind from-to attribution [text]», 1-based, and the doubts' kinds. */
function structure(...paragraphs: string[]) {
  const { items, doubts } = findStructure(paragraphs)
  return {
    items: items.map(
      (item) =>
        `${item.kind} ${item.from + 1}-${item.to + 1} ${item.attribution}${item.text ? ` «${item.text}»` : ''}`,
    ),
    doubts: doubts.map((d) => `${d.kind} ${d.paragraphs.join(',')}`),
  }
}

describe('stage 1: structure', () => {
  it.each([
    ['«Это важно», — сказал он.', 'inline 1-1 — сказал он «Это важно»'],
    ['"Это важно", - сказал он.', 'inline 1-1 - сказал он «Это важно»'],
    ['„Это важно“ – сказала она.', 'inline 1-1 – сказала она «Это важно»'],
    ['“Это важно”, — подчеркнул министр.', 'inline 1-1 — подчеркнул министр «Это важно»'],
    [
      '"Программа "Цифровой город" продлена", - уточнил аким.',
      'inline 1-1 - уточнил аким «Программа "Цифровой город" продлена»',
    ],
    [
      'Министр заявил: «Работы завершим в срок».',
      'inline 1-1 Министр заявил: «Работы завершим в срок»',
    ],
  ])('reads the quote in %s', (paragraph, item) => {
    expect(structure(paragraph).items).toEqual([item])
  })

  it('reads direct speech after any dash, and with no marks at all', () => {
    expect(structure('– Работы завершим в срок, – заверил министр.').items).toEqual([
      'dash 1-1 – заверил министр.',
    ])
    expect(structure('Работы завершим в срок - сказал министр.').items).toEqual([
      'dash 1-1 - сказал министр.',
    ])
  })

  it('reads a quote introduced by a colon in the paragraph before', () => {
    expect(
      structure('Министр пояснил, зачем нужен закон:', '«Без него никто не отвечает».').items,
    ).toEqual(['dash 1-2 Министр пояснил, зачем нужен закон:'])
  })

  it('reads transcript lines, but not a colon after other words', () => {
    expect(structure('Министр: Работы завершим в срок.').items).toEqual(['dash 1-1 Министр:'])
    expect(structure('Напомним: работы завершат в срок.').items).toEqual([])
  })

  it('leaves outlets, titles, scare quotes and press services alone', () => {
    expect(structure('Об этом сообщает «Курсив».').items).toEqual([])
    expect(structure('Программа «Цифровой город» продлена до 2027 года.').items).toEqual([])
    expect(structure('Хоким указал работы как «выполненные».').items).toEqual([])
    expect(structure('«Работы идут по плану», — сообщила пресс-служба.').items).toEqual([])
  })

  it('reads «указывает X как «Y»» as naming, not speech, but «указал, что» as speech', () => {
    expect(
      structure('В отчетах хоким невыполненные работы указывает как «выполненные».').items,
    ).toEqual([])
    expect(structure('Хоким указал, что работы выполнены.').items).toEqual([
      'reported 1-1 Хоким указал',
    ])
  })

  it('takes no cue from a relative clause: «X, который считает, что …»', () => {
    expect(
      structure('На пост претендует Садыр Жапаров, который считает, что его уже одобрили.').items,
    ).toEqual([])
    expect(structure('Садыр Жапаров считает, что его уже одобрили.').items).toEqual([
      'reported 1-1 Садыр Жапаров считает',
    ])
  })

  it.each([
    [
      '«Проект почти готов», — написал он в соцсетях.',
      ['inline 1-1 — написал он в соцсетях «Проект почти готов»'],
    ],
    ['— Проект почти готов, — написала она.', ['dash 1-1 — написала она.']],
    [
      'Министр написал в Telegram, что проект почти готов.',
      ['reported 1-1 Министр написал в Telegram'],
    ],
    [
      'Проект почти готов, пишет министр на своей странице.',
      ['reported 1-1 Проект почти готов, пишет министр на своей странице'],
    ],
    ['Министр написал заявление об отставке.', []],
    ['Министр пишет книгу о реформе.', []],
    ['Проект почти готов, пишет «Курсив».', []],
    ['Проект почти готов, пишет Интерфакс.', []],
    ['«Проект почти готов», — пишет Интерфакс.', []],
  ])('reads a verb of writing only where it introduces words: %s', (paragraph, items) => {
    expect(structure(paragraph).items).toEqual(items)
  })

  it.each([
    ['Министр отвечает за бюджет.', []],
    ['Проект отвечает интересам страны.', []],
    [
      'Программа отвечает современным требованиям, считает министр.',
      ['reported 1-1 Программа отвечает современным требованиям, считает министр'],
    ],
    [
      'Министр ответил журналистам, что бюджет примут.',
      ['reported 1-1 Министр ответил журналистам'],
    ],
    ['Министр ответил на вопрос о бюджете.', ['reported 1-1 Министр ответил на вопрос о бюджете']],
  ])('reads «отвечать» as speech only with a person or a question: %s', (paragraph, items) => {
    expect(structure(paragraph).items).toEqual(items)
  })

  it.each([
    ['«Цены снизятся», — сказал он в Facebook.', 'pronoun'],
    ['«Цены снизятся», — сообщил Ерлан Сапаров в Telegram.', 'name'],
  ])('takes no subject after a preposition or in Latin letters: %s', (paragraph, kind) => {
    expect(findStructure([paragraph]).items.map((item) => item.subject.kind)).toEqual([kind])
  })

  it('takes no outlet for a speaker: a present-tense verb with a capitalised non-name', () => {
    expect(structure('Об этом сообщает Интерфакс.').items).toEqual([])
    expect(structure('Об этом пишет РБК.').items).toEqual([])
    expect(structure('«Цены снизятся», — сказал Ким.').items).toEqual([
      'inline 1-1 — сказал Ким «Цены снизятся»',
    ])
  })

  it('reads a pull quote: sentences, then the full name of someone named elsewhere', () => {
    const intro = 'Аким района Ерлан Сапаров встретился с фермерами.'
    expect(structure(intro, 'Воду дадим в срок. Каналы уже чистят. Ерлан Сапаров').items).toEqual([
      'inline 2-2 Ерлан Сапаров «Воду дадим в срок. Каналы уже чистят»',
    ])
    expect(structure(intro, '«Воду дадим в срок». Ерлан Сапаров').items).toEqual([
      'inline 2-2 Ерлан Сапаров «Воду дадим в срок»',
    ])
    // Nobody of that name elsewhere, a name alone, or a name with a stop: left alone.
    expect(structure(intro, 'Воду дадим в срок. Нурлан Абенов').items).toEqual([])
    expect(structure(intro, 'Ерлан Сапаров').items).toEqual([])
    expect(structure(intro, 'Воду дали в срок. Доволен и Ерлан Сапаров.').items).toEqual([])
  })

  it.each([
    [
      'Мы достроим мост к осени. Об этом аким области заявил на сессии.',
      ['inline 1-1 Об этом аким области заявил на сессии «Мы достроим мост к осени»'],
    ],
    [
      'Считаю, что мост нужен. Так заявила депутат на сессии.',
      ['inline 1-1 Так заявила депутат на сессии «Считаю, что мост нужен»'],
    ],
    // In the third person the same frame is reported speech; the author's «мы» is not a quote.
    [
      'Мост достроят к осени. Об этом аким области заявил на сессии.',
      ['reported 1-1 Об этом аким области заявил на сессии'],
    ],
    [
      'Напомним, мы писали о мосте. Об этом аким области заявил на сессии.',
      ['reported 1-1 Об этом аким области заявил на сессии'],
    ],
  ])('reads a first-person lead that «Об этом X заявил» attributes: %s', (paragraph, items) => {
    expect(structure(paragraph).items).toEqual(items)
  })

  it('does not take the question a speaker answers for the speaker’s words', () => {
    expect(structure('Аким ответил на вопрос журналистов: «Когда дадут воду?»').items).toEqual([
      'reported 1-1 Аким ответил на вопрос журналистов',
    ])
    expect(structure('Аким ответил на вопрос журналистов: «Воду дадут в мае».').items).toEqual([
      'inline 1-1 Аким ответил на вопрос журналистов: «Воду дадут в мае»',
    ])
    expect(structure('Аким ответил на вопрос журналистов:', '«Когда дадут воду?»').items).toEqual([
      'reported 1-1 Аким ответил на вопрос журналистов',
    ])
    expect(structure('Аким спросил фермеров: «Когда начнете сев?»').items).toEqual([
      'inline 1-1 Аким спросил фермеров: «Когда начнете сев?»',
    ])
  })

  it('takes no cue from «Так он ответил …» opening a paragraph, but does from «Так, он …»', () => {
    expect(structure('Так он ответил на вопросы журналистов.').items).toEqual([])
    expect(structure('Таким образом он прокомментировал слухи.').items).toEqual([])
    expect(structure('Так, аким заявил, что воду дадут.').items).toEqual([
      'reported 1-1 Так, аким заявил',
    ])
    expect(structure('Воду дадут в мае. Так считает аким.').items).toEqual([
      'reported 1-1 Так считает аким',
    ])
  })

  it('reads «и.о.» inside an attribution without ending the clause there', () => {
    expect(structure('"Ситуация под контролем", - заявил и.о. министра финансов.').items).toEqual([
      'inline 1-1 - заявил и.о. министра финансов «Ситуация под контролем»',
    ])
  })

  it('reads a speech gerund with «, что» as reported speech of the sentence subject', () => {
    const { items } = findStructure(['Ранее президент похвалил акима, отметив, что "работа идет".'])
    expect(items.map((item) => [item.kind, item.attribution, item.subject.kind])).toEqual([
      ['reported', 'Ранее президент похвалил акима, отметив', 'noun'],
    ])
    expect(structure('Отметив успехи, президент уехал.').items).toEqual([])
  })

  it('reads a verb of instruction or proposal as speech only with what it asks for', () => {
    expect(structure('Аким поручил срочно отремонтировать мост.').items).toEqual([
      'reported 1-1 Аким поручил срочно отремонтировать мост',
    ])
    expect(structure('Министр предложил фермерам объединиться в кооперативы.').items).toEqual([
      'reported 1-1 Министр предложил фермерам объединиться в кооперативы',
    ])
    expect(structure('Сенатор потребовал, чтобы отчет опубликовали.').items).toEqual([
      'reported 1-1 Сенатор потребовал',
    ])
    // A thing put forward or demanded is not speech, nor an object before the infinitive.
    expect(structure('Президент предложил кандидатуру нового министра.').items).toEqual([])
    expect(structure('Аким предложил способ решить проблему.').items).toEqual([])
    expect(structure('Депутат потребовал отставки правительства.').items).toEqual([])
  })

  it('reads «назвал X Y» as a view when Y is a quality, not a name or a label', () => {
    expect(structure('Политолог назвал реформу поспешной.').items).toEqual([
      'reported 1-1 Политолог назвал реформу поспешной',
    ])
    expect(structure('Министр назвал отказ от проекта ошибкой.').items).toEqual([
      'reported 1-1 Министр назвал отказ от проекта ошибкой',
    ])
    expect(structure('Фермер назвал сына Арманом.').items).toEqual([])
    expect(structure('Аким назвал дату открытия школы.').items).toEqual([])
    expect(structure('Жители назвали улицу именем поэта.').items).toEqual([])
    expect(structure('Министр назвал план «смелым».').items).toEqual([])
  })

  it('reads speaking out, giving an account and swearing as speech', () => {
    expect(structure('Министр высказался о ценах на хлеб.').items).toEqual([
      'reported 1-1 Министр высказался о ценах на хлеб',
    ])
    expect(structure('Сегодня аким отчитывается о работе за год.').items).toEqual([
      'reported 1-1 Сегодня аким отчитывается о работе за год',
    ])
    expect(structure('Тогда депутат выругался: «Опять пробка на мосту».').items).toEqual([
      'inline 1-1 Тогда депутат выругался: «Опять пробка на мосту»',
    ])
  })

  it('runs a «…» over paragraphs to the one that closes it and its attribution', () => {
    expect(
      structure(
        '«Дороги у нас плохие. Их ремонтируют каждый год.',
        'Но что изменилось? Ничего», — вопрошал депутат.',
      ).items,
    ).toEqual(['dash 1-2 — вопрошал депутат.'])
    // Print may open the second paragraph again with «.
    expect(
      structure('«Дороги у нас плохие.', '«Но что изменилось? Ничего», — сказал депутат.').items,
    ).toEqual(['dash 1-2 — сказал депутат.'])
    // No attribution after the closing mark: no quote.
    expect(
      structure('«Дороги у нас плохие.', 'Но что изменилось?» Никто не ответил.').items,
    ).toEqual([])
  })

  it('takes «Об этом X заявил» as the cue when the sentence before named its speaker by role', () => {
    const { items } = findStructure([
      'Министр призвала ускорить ремонт школ. Об этом Айгуль Сапарова заявила на брифинге.',
    ])
    expect(items.map((item) => [item.attribution, item.subject.kind, item.sameAs])).toEqual([
      ['Об этом Айгуль Сапарова заявила на брифинге', 'name', 'министр'],
    ])
    // A name in the first sentence stays the cue.
    expect(
      structure('Айгуль Сапарова призвала ускорить ремонт. Об этом она заявила на брифинге.').items,
    ).toEqual(['reported 1-1 Айгуль Сапарова призвала ускорить ремонт'])
  })

  it('returns doubts as data, with the paragraphs they are about', () => {
    expect(structure('Погода была хорошей.', '— Работы идут по плану.').doubts).toEqual([
      'dash-without-attribution 2',
    ])
  })
})
