import { describe, expect, it } from 'vitest'
import { buildPeople, findMentions } from './mentions.ts'
import { holdsHeadOfState, isHeadOfState, resolveSpeakers, roleHasNoun } from './resolution.ts'
import { findStructure } from './structure.ts'

function resolve(...paragraphs: string[]) {
  const structure = findStructure(paragraphs)
  const mentions = findMentions(paragraphs, structure)
  const result = resolveSpeakers(paragraphs, structure.items, mentions, buildPeople(mentions))
  return {
    speakers: result.resolved.map(({ item, person }) => `${item.from + 1}: ${person.name}`),
    doubts: result.doubts.map((d) => `${d.kind} ${d.paragraphs.join(',')}`),
  }
}

describe('stage 3: resolution', () => {
  it('ties a role-only attribution to the person named with that role, even in the lead', () => {
    const result = resolve(
      'В Алматы выступили заместитель акима города Айгерим Сапарова и эколог Ержан Бекзатов.',
      'Бекзатов напомнил о смоге.',
      '«Фильтры поставим к зиме», — сказала заместитель акима.',
    )
    expect(result.speakers).toEqual(['2: Ержан Бекзатов', '3: Айгерим Сапарова'])
    expect(result.doubts).toEqual([])
  })

  it('ties a pronoun to the latest person of its gender, and doubts one that reaches far', () => {
    const result = resolve(
      'Политолог Динара Сейтказиева выступила в Бишкеке.',
      'Погода была хорошей.',
      'Участников было много.',
      'Организаторы довольны.',
      '«Диалог нужен», — сказала она.',
    )
    expect(result.speakers).toEqual(['5: Динара Сейтказиева'])
    expect(result.doubts).toEqual(['far-pronoun 5,1'])
  })

  it('ties «сказал он» to the man at the centre of the scene, not a man named since as an object', () => {
    const result = resolve(
      'Министр энергетики Бакыт Осмонов провел переговоры с послом Казахстана Тимуром Ахмедовым.',
      '«Мы договорились о поставках турбин», — сказал он.',
    )
    expect(result.speakers).toEqual(['2: Бакыт Осмонов'])
  })

  it('keeps «по его словам» with the one speaking after another man is named in passing', () => {
    const result = resolve(
      'Депутат Нурлан Токтосунов заявил, что поддерживает законопроект Тимура Ахмедова.',
      'По его словам, документ нужен стране.',
    )
    expect(result.speakers).toEqual(['1: Нурлан Токтосунов', '2: Нурлан Токтосунов'])
  })

  it('still takes the latest man when the earlier one was named only as an object too', () => {
    const result = resolve(
      'Журналисты спросили о встрече с Бакытом Осмоновым.',
      'На вопрос ответил Тимур Ахмедов.',
      '«Встреча была полезной», — сказал он.',
    )
    expect(result.speakers).toEqual(['2: Тимур Ахмедов', '3: Тимур Ахмедов'])
  })

  it('ties «спикер» to the speaker named by the Kyrgyz title, not to a vice-speaker', () => {
    const result = resolve(
      'На заседании торага Жогорку Кенеша Марат Абдыкадыров и вице-спикер Азамат Тойчиев обсудили бюджет.',
      'Тойчиев сказал, что нужен перерыв.',
      '«Мы закончим к вечеру», — заверил депутатов спикер.',
    )
    expect(result.speakers).toEqual(['2: Азамат Тойчиев', '3: Марат Абдыкадыров'])
    expect(roleHasNoun('вице-спикер', 'спикер')).toBe(false)
    expect(roleHasNoun('торага Жогорку Кенеша', 'спикер')).toBe(true)
    expect(roleHasNoun('экс-мэр столицы', 'мэр')).toBe(true)
  })

  it('drops a transcript role nobody was named with, and says so', () => {
    const result = resolve('Министр Ерлан Касымов открыл мост.', 'Журналист: Когда откроют мост?')
    expect(result.speakers).toEqual([])
    expect(result.doubts).toEqual(['unresolved-speaker 2'])
  })

  it('prefers, of several people with the role noun, the one whose role has the words after it', () => {
    const result = resolve(
      'Выступили министр финансов Темир Сариев и министр обороны Исмаил Исаков.',
      '«Денег хватит», — заявил министр финансов.',
    )
    expect(result.speakers).toEqual(['2: Темир Сариев'])
    expect(result.doubts).toEqual([])
  })

  it('ties «глава государства» to the president, not to another «глава» named since', () => {
    const result = resolve(
      'Президент Бакыт Осмонов принял отставку главы таможни Тимура Ахмедова.',
      'По словам главы государства, служба продолжит работу.',
      'Он добавил, что новые назначения будут скоро.',
    )
    expect(result.speakers).toEqual(['2: Бакыт Осмонов', '3: Бакыт Осмонов'])
  })

  it('ties «глава государства» to the one who holds the post, not a foreign «глава» named as an object', () => {
    const result = resolve(
      'Президент Бакыт Осмонов назвал главу Казахстана Тимура Ахмедова надежным партнером.',
      'Об этом глава государства рассказал журналистам.',
    )
    expect(result.speakers).toEqual(['2: Бакыт Осмонов'])
  })

  it.each([
    ['глава', ['государства'], true],
    ['глава', ['киргизского', 'государства'], true],
    ['глава', ['страны'], true],
    ['глава', ['гкнб'], false],
    ['глава', ['бишкека'], false],
    ['министр', ['государства'], false],
  ])('reads «%s %s» as the head of state: %s', (noun, complement, expected) => {
    expect(isHeadOfState(noun, complement)).toBe(expected)
  })

  it.each([
    ['президент Кыргызстана', true],
    ['глава государства', true],
    ['глава киргизского государства', true],
    ['глава ГКНБ', false],
    ['глава Киргизии', false],
    ['вице-президент', false],
  ])('reads the role «%s» as one of the head of state: %s', (role, expected) => {
    expect(holdsHeadOfState(role)).toBe(expected)
  })

  it('doubts a role that fits more than one person', () => {
    const result = resolve(
      'Выступили депутат Аида Исмаилова и депутат Гулькан Молдобекова.',
      '«Заседание перенесем», — сказала депутат.',
    )
    expect(result.speakers).toEqual(['2: Гулькан Молдобекова'])
    expect(result.doubts).toEqual(['role-only-speaker 2'])
  })
})
