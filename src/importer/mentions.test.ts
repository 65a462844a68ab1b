import { describe, expect, it } from 'vitest'
import { buildPeople, findMentions } from './mentions.ts'
import { findStructure } from './structure.ts'

function people(...paragraphs: string[]) {
  const structure = findStructure(paragraphs)
  const found = buildPeople(findMentions(paragraphs, structure))
  return [...found.values()].map((p) => `${p.name} (${p.gender}, ${p.role ?? '-'})`)
}

describe('stage 2: mentions', () => {
  it('puts names in any case into the nominative, with their role and gender', () => {
    expect(people('Об этом сообщила заместитель акима города Айгерим Сапарова.')).toEqual([
      'Айгерим Сапарова (f, заместитель акима города)',
    ])
    expect(people('По словам министра транспорта Нурлана Абишулы, мост откроют.')).toEqual([
      'Нурлан Абишулы (m, министр транспорта)',
    ])
  })

  it('reads surnames that do not decline and Kyrgyz «уулу»', () => {
    expect(people('Эксперт Виктор Ким уверен, что сроки реальны.')).toEqual([
      'Виктор Ким (m, эксперт)',
    ])
    expect(people('Депутат Нурланбек Тургунбек уулу выступил на сессии.')).toEqual([
      'Нурланбек Тургунбек уулу (m, депутат)',
    ])
    // Named again without the first name, «Тургунбек уулу» is the same person.
    expect(
      people(
        'Депутат Нурланбек Тургунбек уулу выступил.',
        'Тургунбек уулу считает, что закон нужен.',
      ),
    ).toEqual(['Нурланбек Тургунбек уулу (m, депутат)'])
  })

  it('reads a Kyrgyz first name in -ы, and a role that ends before it', () => {
    expect(people('Депутат Жогорку Кенеша Мамбеталы Осмонов выступил на сессии.')).toEqual([
      'Мамбеталы Осмонов (m, депутат Жогорку Кенеша)',
    ])
  })

  it('keeps an acting role as written: «и.о. министра», «исполняющего обязанности акима»', () => {
    expect(people('Об этом заявил и.о. министра финансов республики Темир Сариев.')).toEqual([
      'Темир Сариев (m, и.о. министра финансов республики)',
    ])
    expect(
      people('По словам исполняющего обязанности акима района Ержана Бекова, дорогу откроют.'),
    ).toEqual(['Ержан Беков (m, исполняющий обязанности акима района)'])
  })

  it('reads a party leader with the party name in quotes as the role', () => {
    expect(people('Об этом заявил лидер партии «Республика» Омурбек Бабанов.')).toEqual([
      'Омурбек Бабанов (m, лидер партии «Республика»)',
    ])
  })

  it('gives no role to the second of two names joined by «и»', () => {
    expect(people('В Ош прибыли министр обороны Исмаил Исаков и Бактыбек Алымбеков.')).toEqual([
      'Исмаил Исаков (m, министр обороны)',
      'Бактыбек Алымбеков (m, -)',
    ])
  })

  it('groups the forms of one family name into one person', () => {
    expect(
      people('Политолог Динара Сейтказиева выступила.', 'Сейтказиеву спросили о воде.'),
    ).toEqual(['Динара Сейтказиева (f, политолог)'])
  })

  it('does not look for people inside quotes', () => {
    expect(people('«Иван Петров здесь ни при чем», — сказал он.')).toEqual([])
  })
})
