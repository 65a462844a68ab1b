// Direct speech that news sets off by layout or by person, not by quotation marks: a pull
// quote, its speaker's name after it on its own («… это неправильно. Иван Петров»), and a
// first-person lead that a sentence like «Об этом X заявил» then attributes. Pure: these only
// find where the words and the attribution are; structure.ts reads the attribution's cue.

import { isFirstPerson } from './morphology.ts'
import { findReferences, type NameReference } from './references.ts'
import { quoteSpans, sentences, trimEnd, words, type Span } from './text.ts'

export interface UnmarkedSplit {
  /** The speaker's words, without the final full stop (or the inside of a «…» that is all of them). */
  words: Span
  /** The attribution: the name of a pull quote, or the «Об этом …» sentence without its stop. */
  attribution: Span
}

/** The words of `span`, less a final full stop, or the inside of one «…» that is all of them. */
function spokenWords(text: string, span: Span): Span {
  const end = trimEnd(text, span.start, span.end)
  const quotes = quoteSpans(text.slice(span.start, end))
  const only = quotes[0]
  const whole = text.slice(span.start, end).replace(/\.$/, '').length
  if (quotes.length === 1 && only?.start === 0 && only.end >= whole)
    return { start: span.start + 1, end: span.start + only.end - 1 }
  return { start: span.start, end: text.charAt(end - 1) === '.' ? end - 1 : end }
}

/**
 * A pull quote: sentences, then the speaker's full name (a first name and a surname) on its
 * own, with no stop after it, closing the paragraph. The same person must be named elsewhere
 * in the article, as the one quoted always is; a byline or a photo credit is a paragraph of its
 * own and is not read (one sentence, or a label with a colon).
 */
export function pullQuote(
  paragraphs: readonly string[],
  index: number,
): (UnmarkedSplit & { name: NameReference }) | null {
  const text = paragraphs[index] ?? ''
  const all = sentences(text)
  const last = all.at(-1)
  const before = all.at(-2)
  if (!last || !before || /[.!?…:;,»"“”]\s*$/.test(text)) return null
  const end = trimEnd(text, last.start, text.length)
  const found = findReferences(text, last.start, end, { newSurnames: true })
  const name = found[0]
  if (found.length !== 1 || name?.kind !== 'name' || !name.first) return null
  if (name.start !== last.start || name.end !== end) return null
  if (!name.readings.some((r) => r.case === 'nom')) return null
  const namedElsewhere = paragraphs.some(
    (other, n) =>
      n !== index &&
      findReferences(other, 0, other.length, { knownKeys: new Set([name.key]) }).some(
        (r) => r.kind === 'name' && r.key === name.key,
      ),
  )
  if (!namedElsewhere) return null
  return {
    words: spokenWords(text, { start: 0, end: before.end }),
    attribution: { start: name.start, end },
    name,
  }
}

/** Sentences that refer back to what was just said: «Об этом заявил X», «Так считает X». */
const anaphoricOpening =
  /^(?:Об этом|Такое мнение|Такое заявление|Эти слова|Так(?!\s+(?:как|что|же)(?!\p{L})))\s/u

/** What the author says in the first person: «напомним», «как мы писали», «нам сообщили». */
const authorial =
  /(?:^|[^\p{L}])(?:напомним|отметим|добавим|уточним|как (?:мы )?(?:уже )?(?:писали|сообщали)|нам (?:стало известно|сообщили|рассказали|удалось))(?!\p{L})/iu

/**
 * «Пять лет назад меня избрали. Об этом президент заявил в обращении.»: sentences in the first
 * person with no marks, then a sentence that opens by pointing back at them. News authors do
 * not write in the first person, so the words are the speaker's own: a direct quote. In the
 * third person («Сотрудничество отвечает интересам страны. Об этом заявил X.») it is
 * reported speech, and this returns null.
 */
export function firstPersonLead(text: string): UnmarkedSplit | null {
  const all = sentences(text)
  for (let j = 1; j < all.length; j++) {
    const sentence = all[j]
    const previous = all[j - 1]
    if (!sentence || !previous) continue
    if (!anaphoricOpening.test(text.slice(sentence.start, sentence.end))) continue
    const lead = text.slice(0, previous.end)
    if (quoteSpans(lead).length > 0 || authorial.test(lead)) return null
    if (!words(lead).some((word) => isFirstPerson(word.text))) return null
    const end = trimEnd(text, sentence.start, sentence.end)
    return {
      words: spokenWords(text, { start: 0, end: previous.end }),
      attribution: { start: sentence.start, end: text.charAt(end - 1) === '.' ? end - 1 : end },
    }
  }
  return null
}

/** A sentence that opens by pointing back at what was said before it: «Об этом заявил X». */
export function pointsAtWhatPrecedes(text: string, sentence: Span): boolean {
  return sentence.start > 0 && anaphoricOpening.test(text.slice(sentence.start, sentence.end))
}

/** «Так он ответил на вопросы …» opening a paragraph: it points back at words given before. */
export function pointsBack(text: string, sentence: Span): boolean {
  return sentence.start === 0 && /^Так(?:им образом)?\s(?!как|что|же)/u.test(text)
}
