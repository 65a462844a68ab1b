import { describe, expect, it } from 'vitest'
import { buildPeople, findMentions } from './mentions.ts'
import { resolveSpeakers } from './resolution.ts'
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

  it('doubts a role that fits more than one person', () => {
    const result = resolve(
      'Выступили депутат Аида Исмаилова и депутат Гулькан Молдобекова.',
      '«Заседание перенесем», — сказала депутат.',
    )
    expect(result.speakers).toEqual(['2: Гулькан Молдобекова'])
    expect(result.doubts).toEqual(['role-only-speaker 2'])
  })
})
