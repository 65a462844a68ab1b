// Stage 1 of 3, structure: where the speech is. Direct speech after a dash, quotes with an
// attribution («…», — сказал X / X заявил: «…»), and sentences of reported speech («По
// словам X», «X считает»), each with the words that name its speaker (a name, a role noun
// or a pronoun), which stage 3 resolves. Also which stretches are the author's narration,
// where stage 2 looks for names. Pure: paragraphs in, a frozen Structure out.

import type { Gender } from './morphology.ts'
import {
  addressVerbReading,
  adjectiveReading,
  answersWithoutSpeech,
  assessmentVerbReading,
  continuesWithoutSpeech,
  givesSpeechReading,
  instructionVerbReading,
  isAccusativeObject,
  isAssessmentPredicate,
  isGenitiveNoun,
  isInfinitive,
  isOnlyFiniteVerb,
  isPlainPersonNoun,
  isSpeechGerund,
  opposesReading,
  personPronouns,
  reactionVerbReading,
  roleNounReading,
  speechFrameNouns,
  speechVerbReading,
  writingVerbReading,
} from './morphology.ts'
import {
  adjacent,
  findReferences,
  type FindOptions,
  type NounReference,
  type Reference,
} from './references.ts'
import {
  clauseEnd,
  insideSpans,
  quoteSpans,
  sentences,
  trimEnd,
  words,
  type Span,
  type Word,
} from './text.ts'
import { doubt, type Doubt } from './doubts.ts'
import { firstPersonLead, pointsAtWhatPrecedes, pointsBack, pullQuote } from './unmarked.ts'

/** Direct speech rarely runs longer; a dash paragraph with no attribution this far is left alone. */
const maxQuoteParagraphs = 6

export interface Cue {
  start: number
  end: number
  subject: Reference
  /** The subject of a speech verb is in the nominative; the source in «по словам X» is not. */
  nominative: boolean
  verbGender?: Gender
}

export interface SpeechItem {
  /** Whole paragraphs of direct speech, a «quote» inside a paragraph, or reported speech. */
  kind: 'dash' | 'inline' | 'reported'
  /** 0-based paragraph indexes. */
  from: number
  to: number
  /** The paragraph that holds the attribution and its subject (0-based). */
  at: number
  attribution: string
  text?: string
  subject: Reference
  nominative: boolean
  verbGender?: Gender
  /** A role noun here must match a person's role («Журналист: …» is nobody in particular). */
  strictRole?: boolean
  /**
   * The role noun the same speaker was called by earlier in the paragraph, in a sentence that
   * «Об этом X заявил» then attributes («Депутат призвала … . Об этом Гуля Кожокулова заявила»).
   */
  sameAs?: string
}

const subjectOptions: FindOptions = { newSurnames: true }
const inversionOptions: FindOptions = { newSurnames: true, anyCapitalized: true }

/** Prepositions: a word right after one is in an oblique case, never the subject. */
const prepositionBefore =
  /(?:^|[^\p{L}])(?:в|во|на|из|с|со|у|от|для|при|о|об|по|к|ко|за|над|под|перед|через|без|до)\s+$/iu

interface SubjectContext {
  text: string
  /** The verb's reading: a present tense (no gender) takes no subject that is only guessed. */
  verb?: { gender?: Gender }
}

/**
 * The reference that is the subject: a name before a role noun before a pronoun. Not one
 * after a preposition («— сказал он в Facebook»). A capitalised word that is only guessed to be
 * a name needs a past-tense verb: «сообщает Интерфакс», «пишет Курсив» name an outlet, as the
 * present tense of an attribution usually does; «— сказал Ким» names a person.
 */
function pickSubject(
  references: Reference[],
  which: 'first' | 'last',
  context: SubjectContext,
): Reference | null {
  const nominative = references.filter((r) => {
    if (prepositionBefore.test(context.text.slice(Math.max(0, r.start - 12), r.start))) return false
    if (r.kind === 'name' && r.guessed && context.verb && !context.verb.gender) return false
    return r.kind === 'name'
      ? r.readings.some((reading) => reading.case === 'nom')
      : r.cases.includes('nom')
  })
  const rank = (r: Reference) =>
    r.kind === 'name' ? (r.guessed ? 2 : 0) : r.kind === 'noun' ? 1 : 3
  for (const level of [0, 1, 2, 3]) {
    const ofKind = nominative.filter((r) => rank(r) === level)
    const pick = which === 'first' ? ofKind[0] : ofKind.at(-1)
    if (pick) return pick
  }
  return null
}

/** The first reference to a person in a «по словам …» frame: any case goes (it is genitive). */
function pickFrameSource(references: Reference[]): Reference | null {
  return (
    references.find((r) => r.kind === 'name') ?? references.find((r) => r.kind === 'noun') ?? null
  )
}

/** After a verb: a few words, then «как «…»» — «указал работы как «выполненные»». */
const labelsAs = /^(?:\s+[\p{L}-]+){0,3}?\s+как\s+[«"„“]/u

/**
 * The speech cue of a sentence, if it has one: «По словам политолога X», «Эксперт
 * отметил», «Как отметил эксперт», «Такое мнение высказал X». The cue runs from the start
 * of the sentence to the comma (or colon, or final stop) after the verb and its subject.
 */
export function findSpeechCue(text: string, sentence: Span): Cue | null {
  const all = words(text.slice(sentence.start, sentence.end), sentence.start)
  for (let k = 0; k < all.length; k++) {
    const word = all[k]
    if (!word) continue
    const lower = word.text.toLowerCase()
    if (lower === 'со' && all[k + 1]?.text.toLowerCase() === 'ссылкой') {
      const source = referenceFrame(text, all, k + 2, sentence)
      if (source) return source
      continue
    }
    if (lower === 'по') {
      const frame = speechFrame(text, all, k, sentence)
      // «По их словам, хоким … сообщил о сносе»: the unnamed people who pass the words on are no
      // speaker, but a named person's verb of speech in what they relay is still that person's.
      if (frame && 'plural' in frame) {
        k = frame.next - 1
        continue
      }
      if (frame) return frame
      continue
    }
    if (isSpeechGerund(word.text)) {
      const gerund = gerundCue(text, all, k, sentence)
      if (gerund) return gerund
      continue
    }
    const parenthetical = /,\s*$/.test(text.slice(sentence.start, word.start))
    const writing = !speechVerbReading(word.text) && writingVerbReading(word.text) !== undefined
    const verb =
      speechVerbReading(word.text) ??
      givesSpeechReading(word.text, all[k + 1]?.text) ??
      opposesReading(
        word.text,
        all.slice(k + 1, k + 4).map((w) => w.text),
      ) ??
      writingCue(text, word, parenthetical) ??
      instructionCue(text, all, k) ??
      assessmentCue(text, all, k)
    // «…, — сказал он.» closes direct speech: that is an attribution, not a cue.
    if (
      !verb ||
      /(?:^|\s)[—–-]\s*(?:\p{Ll}+\s+){0,3}$/u.test(text.slice(sentence.start, word.start))
    )
      continue
    // «отвечает за бюджет», «отвечает интересам страны»: responsibility and fit, not speech.
    const following = all.slice(k + 1, k + 4).map((w) => w.text.toLowerCase())
    if (answersWithoutSpeech(word.text, following)) continue
    // «продолжил инспекцию», «продолжил работать»: a deed carried on, not speech.
    if (continuesWithoutSpeech(word.text, following[0])) continue
    // «Жапаров, который считает, что …»: a relative clause describes the person; no cue.
    if (/^котор(?:ый|ая|ое|ые)$/.test(all[k - 1]?.text.toLowerCase() ?? '')) continue
    // «указывает работы как «выполненные»»: naming something as something, not speech.
    if (labelsAs.test(text.slice(word.end, clauseEnd(text, word.end)))) continue
    // «Как отметил X», and «…, пишет X»: the subject follows the verb.
    const inverted = all[k - 1]?.text.toLowerCase() === 'как' || (parenthetical && writing)
    const after = () =>
      pickSubject(
        findReferences(
          text,
          word.end,
          Math.min(clauseEnd(text, word.end), sentence.end),
          inversionOptions,
        ),
        'first',
        { text, verb },
      )
    // «…на контроле у президента Назарбаева, сообщил премьер-министр Сагинтаев»: a verb set off
    // by a comma after what was said takes the subject after it; a name before it is inside the
    // words reported. Only without one after it does the subject come before («Министр, как
    // обычно, отметил, что …»).
    let subject = inverted || parenthetical ? after() : null
    subject ??= inverted
      ? null
      : pickSubject(findReferences(text, sentence.start, word.start, subjectOptions), 'last', {
          text,
          verb,
        })
    subject ??= inverted || parenthetical ? null : after()
    if (!subject) continue
    const end = Math.min(clauseEnd(text, Math.max(word.end, subject.end)), sentence.end)
    return {
      start: sentence.start,
      end: trimEnd(text, sentence.start, end),
      subject,
      nominative: true,
      verbGender: verb.gender,
    }
  }
  return null
}

/**
 * A verb of writing that reports what someone wrote: followed in its clause by «, что» or a
 * colon («написал в Facebook, что …», «пишет в Telegram: …»), or set off by a comma with its
 * subject after it («…, пишет X»). «Написал заявление» and «пишет книгу» are not.
 */
function writingCue(text: string, word: Word, parenthetical: boolean) {
  const reading = writingVerbReading(word.text)
  if (!reading) return undefined
  const end = clauseEnd(text, word.end)
  if (parenthetical || /^(?:,\s*что(?!\p{L})|:)/u.test(text.slice(end))) return reading
  return undefined
}

/** An infinitive this many words at most after a verb of instruction is what it asks for. */
const maxWordsBeforeInfinitive = 4

/**
 * A verb of instruction or proposal that reports what someone told others to do: an
 * infinitive after it in its clause, past its addressee or an adverbial («поручил министру
 * подготовить», «поручил с пользой отметить»), or a «, чтобы»/«, что» clause or a colon after
 * it. Not with an object of its own («предложил кандидатуру», «предложил способ решить»).
 */
function instructionCue(text: string, all: readonly Word[], k: number) {
  const word = all[k]
  const reading = word && instructionVerbReading(word.text)
  if (!word || !reading) return undefined
  const end = clauseEnd(text, word.end)
  if (/^(?:,\s*(?:чтобы|что)(?!\p{L})|:)/u.test(text.slice(end))) return reading
  const inClause = all.slice(k + 1).filter((w) => w.end <= end)
  // A noun after a preposition is the preposition's, not the verb's object: «поручил в
  // кратчайшие сроки переселить» has an adverbial before its infinitive.
  let governed = false
  for (const next of inClause.slice(0, maxWordsBeforeInfinitive)) {
    if (isInfinitive(next.text)) return reading
    if (prepositions.has(next.text.toLowerCase())) {
      governed = true
      continue
    }
    if (isAccusativeObject(next.text)) {
      if (!governed) return undefined
      governed = false
    }
  }
  return undefined
}

/** Prepositions that can open an adverbial between a verb and its infinitive. */
const prepositions = new Set(['в', 'во', 'на', 'за', 'через', 'под', 'про', 'сквозь'])

/** «Назвал» gives a quality this many words at most after it: «назвал правительство техническим». */
const maxWordsBeforePredicate = 4

/**
 * «Назвал X Y» with Y a quality in the instrumental, not after a preposition: an assessment,
 * which is a view stated. «Назвал сына Иваном», «назвал дату» are not (see
 * isAssessmentPredicate), nor a quality quoted as a label.
 */
function assessmentCue(text: string, all: readonly Word[], k: number) {
  const word = all[k]
  const reading = word && assessmentVerbReading(word.text)
  if (!word || !reading) return undefined
  const end = clauseEnd(text, word.end)
  const quoted = quoteSpans(text)
  const inClause = all.slice(k + 1).filter((w) => w.end <= end)
  // A quality in guillemets («назвал проект «образцовым»») is a label, as in «указывает X как
  // «Y»»: naming, not a view stated.
  const predicate = inClause
    .slice(0, maxWordsBeforePredicate)
    .some(
      (next) =>
        isAssessmentPredicate(next.text) &&
        !insideSpans(quoted, next.start) &&
        !prepositionBefore.test(text.slice(Math.max(0, next.start - 12), next.start)),
    )
  return predicate ? reading : undefined
}

/**
 * «Токаев похвалил акима Астаны, отметив, что …»: a speech gerund with «, что» or «:»
 * after it reports speech; its speaker is the subject of the sentence's finite verb.
 */
function gerundCue(
  text: string,
  all: ReturnType<typeof words>,
  k: number,
  sentence: Span,
): Cue | null {
  const word = all[k]
  // «…, рассказав о приоритетах работы»: a topic after «о» reports speech as «рассказал о» does;
  // «не рассказав о причинах» (without telling) reports none.
  if (!word) return null
  const rest = text.slice(word.end, sentence.end)
  const topic = /^\s+(?:о|об|обо)\s/u.test(rest) && all[k - 1]?.text.toLowerCase() !== 'не'
  if (!topic && !/^\s*(?:,\s*что(?!\p{L})|:)/u.test(rest)) return null
  // The gerund shares the subject of the sentence's finite verb («Полицейский Иван Петров
  // задержал водителя, сообщив …»), found as that verb's is: the last one before the verb,
  // a name before a role noun. With no finite verb before it, before the gerund.
  const finite = all.slice(0, k).find((w) => isOnlyFiniteVerb(w.text))
  const subject = pickSubject(
    findReferences(text, sentence.start, (finite ?? word).start, subjectOptions),
    'last',
    { text },
  )
  if (!subject) return null
  return {
    start: sentence.start,
    end: trimEnd(text, sentence.start, Math.min(clauseEnd(text, word.end), sentence.end)),
    subject,
    nominative: true,
  }
}

/**
 * «со ссылкой на Сыргака Бердикожоева»: the words passed on are that person's, whoever passes
 * them on (a press centre, an outlet). Only a person named or called by a role right after
 * «на»: «со ссылкой на источники», «на пресс-службу», «на документ» give no speaker.
 */
function referenceFrame(text: string, all: readonly Word[], j: number, sentence: Span): Cue | null {
  const on = all[j]
  if (on?.text.toLowerCase() !== 'на') return null
  const end = Math.min(clauseEnd(text, on.end), sentence.end)
  const references = findReferences(text, on.end, end, subjectOptions)
  const next = all[j + 1]
  const first = references[0]
  if (!first || first.kind === 'pronoun' || !next || first.start !== next.start) return null
  // «на министра Асана Токоева»: the name, where the role noun has one.
  const source = pickFrameSource(references)
  if (!source) return null
  return {
    start: sentence.start,
    end: trimEnd(text, sentence.start, end),
    subject: source,
    nominative: false,
  }
}

/** «По их словам»: a frame of unnamed people; `next` is the index of the word after it. */
interface PluralFrame {
  plural: true
  next: number
}

/**
 * The «по словам X», «по его мнению» frame opened by the «по» at `k`, with its source; for
 * «по их словам», where the frame ends.
 */
function speechFrame(
  text: string,
  all: ReturnType<typeof words>,
  k: number,
  sentence: Span,
): Cue | PluralFrame | null {
  let j = k + 1
  const next = all[j]?.text.toLowerCase()
  if (next === 'их' && speechFrameNouns.has(all[j + 1]?.text.toLowerCase() ?? ''))
    return { plural: true, next: j + 2 }
  const pronoun = next ? personPronouns[next] : undefined
  const possessive = pronoun && !pronoun.cases.includes('nom') ? all[j] : undefined
  if (possessive) j++
  const frame = all[j]
  if (!frame || !speechFrameNouns.has(frame.text.toLowerCase())) return null
  const end = Math.min(clauseEnd(text, frame.end), sentence.end)
  const subject: Reference | null =
    possessive && pronoun
      ? { kind: 'pronoun', start: possessive.start, end: possessive.end, ...pronoun }
      : pickFrameSource(findReferences(text, frame.end, end, subjectOptions))
  if (!subject) return null
  return {
    start: sentence.start,
    end: trimEnd(text, sentence.start, end),
    subject,
    nominative: false,
  }
}

interface Attribution {
  start: number
  end: number
  subject: Reference
  verbGender?: Gender
  /** False where the subject stands elsewhere, in an oblique case («по словам X»). */
  nominative?: boolean
}

/** Any dash that sets off speech: em —, en –, or a hyphen between spaces. */
export const dashes = '—–-'

/** A dash of those and the spaces after it, all that stands before the first word. */
const dashThenSpace = new RegExp(`^[${dashes}]\\s+$`)

/** Lower-case words that may stand between the dash and the verb: «— несколько раз спросил». */
const maxWordsBeforeVerb = 3

/**
 * «— сказал Ф.Толипов», «- несколько раз спросил хоким», starting at the dash at
 * `dashIndex`: a speech verb within the first few words, then its subject.
 */
function attributionAt(text: string, dashIndex: number): Attribution | null {
  const opening = words(text.slice(dashIndex, dashIndex + 80), dashIndex)
  const first = opening[0]
  if (!first || !dashThenSpace.test(text.slice(dashIndex, first.start))) return null
  const document = documentAttribution(text, dashIndex, opening)
  if (document) return document
  // After a dash that closes speech, a verb of writing names its author too: «— написал он»;
  // so do a verb of address, «— обратился он к сотрудникам», and a verb of feeling shown in
  // speech, «— возмутился мэр».
  const verbOf = (word: Word) =>
    speechVerbReading(word.text) ??
    writingVerbReading(word.text) ??
    addressVerbReading(word.text) ??
    reactionVerbReading(word.text)
  const at = opening.slice(0, maxWordsBeforeVerb + 1).findIndex((word) => verbOf(word))
  const verb = opening[at]
  // The words before the verb are an adverbial («несколько раз»): lower-case, one clause.
  if (
    !verb ||
    opening.slice(0, at).some((word) => /^\p{Lu}/u.test(word.text)) ||
    /[,.;:!?]/.test(text.slice(first.start, verb.start))
  )
    return null
  const reading = verbOf(verb)
  if (!reading) return null
  const end = clauseEnd(text, verb.end)
  const subject = pickSubject(findReferences(text, verb.end, end, inversionOptions), 'first', {
    text,
    verb: reading,
  })
  if (!subject) return null
  return {
    start: dashIndex,
    end: trimEnd(text, dashIndex, end),
    subject,
    verbGender: reading.gender,
  }
}

/**
 * «По словам члена общества Алтынбека Тобокел уулу, … . «…», — заявил мужчина.»: a noun that
 * tells only a person's sex and age («мужчина», «женщина»; see isPlainPersonNoun) after the
 * dash stands for the person a «По словам X» frame names in the sentence right before the
 * quote, of the verb's gender. Not after a sentence whose subject speaks («X заявил, что …»),
 * where such a noun is someone else, and never for «источник», «соседка», «мать» and the like.
 */
function unnamedAttribution(
  text: string,
  dashIndex: number,
  quoteStart: number,
): Attribution | null {
  const opening = words(text.slice(dashIndex, dashIndex + 60), dashIndex)
  const [verb, noun] = opening
  if (!verb || !noun || !dashThenSpace.test(text.slice(dashIndex, verb.start))) return null
  const reading = speechVerbReading(verb.text) ?? reactionVerbReading(verb.text)
  if (!reading?.gender || !isPlainPersonNoun(noun.text) || !/^\p{Ll}/u.test(noun.text)) return null
  const end = clauseEnd(text, noun.end)
  if (words(text.slice(noun.end, end)).length > 0) return null
  const subject = frameBefore(text, quoteStart)?.subject
  // In the case the frame puts it in: «по словам Азамата Исаева» is a man's genitive only.
  const fits = (r: { case: string; gender: Gender }) =>
    r.gender === reading.gender && r.case !== 'nom'
  if (subject?.kind !== 'name' || !subject.readings.some(fits)) return null
  return { start: dashIndex, end: trimEnd(text, dashIndex, end), subject, nominative: false }
}

/** The «по словам X» frame of the sentence right before a quote that opens a sentence. */
function frameBefore(text: string, quoteStart: number): Cue | null {
  const all = sentences(text)
  const at = all.findIndex((sentence) => sentence.start === quoteStart)
  const before = all[at - 1]
  if (at < 1 || !before) return null
  const inBefore = words(text.slice(before.start, before.end), before.start)
  for (let k = 0; k < inBefore.length; k++) {
    if (inBefore[k]?.text.toLowerCase() !== 'по') continue
    const frame = speechFrame(text, inBefore, k, before)
    if (frame && !('plural' in frame)) return frame
  }
  return null
}

/** Words at most between «говорится в» and the author: «в поздравительной речи Касымбека». */
const maxDocumentWords = 2

/**
 * «— говорится в заявлении Т.Иванова», «- говорится в Telegram-канале экономиста»: the words
 * were written in a text, and its author, in the genitive right after the text's noun, is
 * their speaker. A text with no person as its author («в сообщении пресс-службы», «в
 * документе») gives none: a press service or a paper is not a speaker.
 */
function documentAttribution(text: string, dashIndex: number, opening: Word[]): Attribution | null {
  const [verb, preposition] = opening
  if (!verb || !/^говори(?:тся|лось)$/i.test(verb.text)) return null
  if (!preposition || !/^во?$/i.test(preposition.text)) return null
  const end = clauseEnd(text, preposition.end)
  const references = findReferences(text, preposition.end, end, inversionOptions)
  const author = references[0]
  if (!author || author.kind === 'pronoun') return null
  const between = words(text.slice(preposition.end, author.start), preposition.end)
  if (between.length === 0 || between.length > maxDocumentWords) return null
  if (author.kind === 'noun' && !author.cases.includes('gen')) return null
  return { start: dashIndex, end: trimEnd(text, dashIndex, end), subject: author }
}

/**
 * The attribution that ends a paragraph of direct speech: the last « — » when what
 * follows it is one clause with a speech verb and its subject, ending in a full stop.
 */
export function closingAttribution(text: string): Attribution | null {
  if (!text.endsWith('.')) return null
  const index = Math.max(...[...dashes].map((dash) => text.lastIndexOf(` ${dash} `)))
  if (index < 0) return null
  const attribution = attributionAt(text, index + 1)
  if (!attribution) return null
  // One sentence only: a stop before the end would mean more text after the attribution.
  const tail = text.slice(index + 1)
  if (sentences(tail).length > 1) return null
  return { ...attribution, end: text.length }
}

/** «— Это важно, — сказал он. — Но …»: an attribution in the middle, which the schema cannot hold. */
function hasMidAttribution(text: string): boolean {
  for (const match of text.matchAll(/[,!?…] [—–-] (?=\p{L})/gu)) {
    const dash = match.index + 2
    const attribution = attributionAt(text, dash)
    if (attribution && attribution.end < text.length - 1) return true
  }
  return false
}

export interface InlineQuote {
  span: Span
  text: string
  attribution: string
  subject: Reference
  nominative: boolean
  verbGender?: Gender
}

/** «…», — отметил X / По словам X, «…» / X заявил: «…» / «…» — считает X. */
export function inlineQuotes(text: string): InlineQuote[] {
  const result: InlineQuote[] = []
  const allSentences = sentences(text)
  for (const span of quoteSpans(text)) {
    const inner = text.slice(span.start + 1, span.end - 1)
    // One word in quotes is a name or a scare quote («выполненные»), not somebody's words.
    if (words(inner).length < 2 && !/[!?…]$/.test(inner)) continue
    const after = /^,?\s*[—–-]\s/.exec(text.slice(span.end))
    if (after) {
      const dash = span.end + after[0].search(/[—–-]/)
      const attribution = attributionAt(text, dash) ?? unnamedAttribution(text, dash, span.start)
      if (attribution) {
        result.push({
          span,
          text: inner,
          attribution: text.slice(attribution.start, attribution.end),
          subject: attribution.subject,
          nominative: attribution.nominative ?? true,
          verbGender: attribution.verbGender,
        })
        continue
      }
    }
    const sentence = allSentences.find((s) => s.start <= span.start && span.start < s.end)
    if (!sentence) continue
    const prefix = text.slice(sentence.start, span.start)
    const mark = /([,:])\s*$/.exec(prefix)
    if (!mark?.[1]) continue
    const markIndex = sentence.start + mark.index
    if (isQuestionAnswered(prefix, inner)) continue
    const cue = findSpeechCue(text, { start: sentence.start, end: span.start })
    if (!cue || cue.end !== markIndex) continue
    result.push({
      span,
      text: inner,
      // «X заявил:» keeps its colon; «По словам X,» drops the comma.
      attribution: text.slice(sentence.start, mark[1] === ':' ? markIndex + 1 : markIndex),
      subject: cue.subject,
      nominative: cue.nominative,
      verbGender: cue.verbGender,
    })
  }
  return result
}

/**
 * The first speech cue of a paragraph, with what a later sentence that points back at it
 * («Об этом …») adds. Where the first names its speaker only by a role noun or a pronoun and
 * the later one names them («Депутат призвала … . Об этом Гуля Кожокулова заявила»), the later
 * one is the cue, and the earlier role noun is the same person's (`sameAs`). Where the first
 * names its speaker and the later one calls them by a role noun with its adjectives («Эдиль
 * Байсалов считает … . Об этом гражданский активист заявил»), the first is the cue and the role
 * is the named one's. Not a role of someone who speaks for them («его пресс-секретарь»,
 * «пресс-секретарь президента»), one with a complement of its own («глава Минэнерго»), nor
 * one that a «также», «тоже», «же» or «и» marks as a second voice («Об этом также заявил …»).
 */
function firstCue(text: string): (Cue & { sameAs?: string }) | null {
  let first: Cue | null = null
  for (const sentence of sentences(text)) {
    // «Так он ответил на вопросы …» has no words of its own: they were given before.
    if (pointsBack(text, sentence)) continue
    if (first && !pointsAtWhatPrecedes(text, sentence)) continue
    const cue = findSpeechCue(text, sentence)
    if (!cue) continue
    if (!first) {
      first = cue
      continue
    }
    if (first.subject.kind === 'name') {
      const noun = cue.subject
      if (
        noun.kind !== 'noun' ||
        !noun.cases.includes('nom') ||
        speaksForOther(text, noun) ||
        hasComplement(text, noun) ||
        secondVoice(text, sentence, noun)
      )
        return first
      return { ...first, sameAs: rolePhrase(text, noun).phrase }
    }
    if (cue.subject.kind !== 'name' || !cue.nominative) continue
    return first.subject.kind === 'noun' ? { ...cue, sameAs: first.subject.noun } : cue
  }
  return first
}

/** Particles that make «Об этом … заявил X» a second person saying the same. */
const alsoParticles = new Set(['также', 'тоже', 'же', 'и'])

/** «Об этом также заявил депутат», «Об этом же сообщил …»: a particle of addition before the verb. */
function secondVoice(text: string, sentence: Span, noun: NounReference): boolean {
  const all = words(text.slice(sentence.start, sentence.end), sentence.start)
  const verb = all.find((w) => speechVerbReading(w.text) !== undefined)
  const end = Math.max(verb?.start ?? noun.start, noun.start)
  return all.some((w) => w.end <= end && alsoParticles.has(w.text.toLowerCase()))
}

/** «глава Минэнерго», «министр энергетики»: a genitive or a name right after the role noun. */
function hasComplement(text: string, noun: NounReference): boolean {
  const next = words(text.slice(noun.end, noun.end + 40), noun.end)[0]
  if (!next || !adjacent(text, noun, next)) return false
  return /^\p{Lu}/u.test(next.text) || isGenitiveNoun(next.text)
}

/**
 * A role noun with a possessive before it and its adjectives («его пресс-секретарь», «их
 * новый пресс-секретарь»), as «по его словам» reads one (see speechFrame), or a role noun of
 * someone else after it («пресс-секретарь президента»).
 */
function speaksForOther(text: string, noun: NounReference): boolean {
  const { start } = rolePhrase(text, noun)
  const previous = words(text.slice(Math.max(0, start - 40), start), Math.max(0, start - 40)).at(-1)
  const lower = previous?.text.toLowerCase() ?? ''
  const pronoun = personPronouns[lower]
  const possessive =
    previous !== undefined &&
    adjacent(text, previous, { start }) &&
    (lower === 'их' || (pronoun !== undefined && !pronoun.cases.includes('nom')))
  const next = words(text.slice(noun.end, noun.end + 40))[0]
  return possessive || (next !== undefined && roleNounReading(next.text) !== undefined)
}

/**
 * A role noun with the adjectives right before it, in the nominative: «гражданский активист»,
 * and where the phrase starts.
 */
function rolePhrase(text: string, noun: NounReference): { phrase: string; start: number } {
  const before = words(text.slice(0, noun.start))
  const adjectives: string[] = []
  let start = noun.start
  for (const word of before.reverse()) {
    const reading = adjectiveReading(word.text)
    if (!adjacent(text, word, { start }) || !reading?.cases.includes('nom')) break
    adjectives.unshift(reading.nominative.toLowerCase())
    start = word.start
  }
  return { phrase: [...adjectives, noun.noun].join(' '), start }
}

export interface Structure {
  items: SpeechItem[]
  /** For each paragraph: the stretches of the author's own words, where names count. */
  narration: Span[][]
  doubts: Doubt[]
}

/** Pass 1: the quotes and reported speech, and what is narration. */
export function findStructure(paragraphs: readonly string[]): Structure {
  const items: SpeechItem[] = []
  const doubts: Doubt[] = []
  const claimed = new Set<number>()
  const narration: Span[][] = paragraphs.map((text) => outsideGuillemets(text))

  // «Министр пояснил, зачем нужен закон:» and the quote in the next paragraph.
  paragraphs.forEach((text, i) => {
    const next = paragraphs[i + 1]
    if (claimed.has(i) || next === undefined || !text.endsWith(':')) return
    if (sentences(text).length !== 1 || !(/^[—–-]\s/.test(next) || isWholeQuote(next))) return
    if (isQuestionAnswered(text, next)) return
    if (closingAttribution(next)) return
    const cue = findSpeechCue(text, { start: 0, end: text.length })
    if (!cue || !cue.nominative) return
    items.push({
      kind: 'dash',
      from: i,
      to: i + 1,
      at: i,
      attribution: text,
      subject: cue.subject,
      nominative: true,
      verbGender: cue.verbGender,
    })
    claimed.add(i).add(i + 1)
    narration[i] = [{ start: 0, end: text.length }]
    narration[i + 1] = []
  })

  // Transcript style: «Министр: Работы завершим в срок.», «Айгерим Сапарова: …».
  paragraphs.forEach((text, i) => {
    if (claimed.has(i)) return
    const speaker = transcriptSpeaker(text)
    if (!speaker) return
    items.push({
      kind: 'dash',
      from: i,
      to: i,
      at: i,
      attribution: text.slice(0, speaker.colon + 1),
      subject: speaker.subject,
      nominative: true,
      strictRole: true,
    })
    claimed.add(i)
    narration[i] = [{ start: 0, end: speaker.colon }]
  })

  // «…» opened in one paragraph and closed in a later one, then «— сказал X.»: the quote runs
  // over whole paragraphs. (Russian print may open each paragraph of it again with «.)
  // Straight marks have no direction: a paragraph that opens with " and holds an odd number of
  // them leaves one open, and the later paragraph with an odd number closes it.
  paragraphs.forEach((text, i) => {
    const straight = text.startsWith('"')
    const balance = (paragraph: string, later: boolean) => {
      if (!straight)
        return guillemetBalance(later && paragraph.startsWith('«') ? paragraph.slice(1) : paragraph)
      const odd = (paragraph.split('"').length - 1) % 2 === 1
      if (!odd) return 0
      return later ? -1 : 1
    }
    if (claimed.has(i) || !(straight || text.startsWith('«')) || balance(text, false) <= 0) return
    const close = straight ? '"' : '»'
    let open = balance(text, false)
    for (let j = i + 1; j < Math.min(paragraphs.length, i + maxQuoteParagraphs); j++) {
      const paragraph = paragraphs[j] ?? ''
      if (claimed.has(j)) return
      open += balance(paragraph, true)
      if (open > 0) continue
      const attribution = closingAttribution(paragraph)
      if (open < 0 || !attribution || paragraph.lastIndexOf(close) > attribution.start) return
      items.push({
        kind: 'dash',
        from: i,
        to: j,
        at: j,
        attribution: paragraph.slice(attribution.start),
        subject: attribution.subject,
        nominative: true,
        verbGender: attribution.verbGender,
      })
      for (let n = i; n < j; n++) {
        claimed.add(n)
        narration[n] = []
      }
      claimed.add(j)
      narration[j] = [{ start: attribution.start, end: paragraph.length }]
      return
    }
  })

  paragraphs.forEach((text, i) => {
    if (claimed.has(i) || !/^[—–-]\s/.test(text)) return
    for (let j = i; j < Math.min(paragraphs.length, i + maxQuoteParagraphs); j++) {
      const paragraph = paragraphs[j] ?? ''
      if (j > i && claimed.has(j)) break
      const attribution = closingAttribution(paragraph)
      if (!attribution && j > i && !continuesQuote(paragraph)) break
      if (attribution) {
        items.push({
          kind: 'dash',
          from: i,
          to: j,
          at: j,
          attribution: paragraph.slice(attribution.start),
          subject: attribution.subject,
          nominative: true,
          verbGender: attribution.verbGender,
        })
        for (let n = i; n <= j; n++) {
          claimed.add(n)
          narration[n] = []
        }
        narration[j] = [{ start: attribution.start, end: paragraph.length }]
        return
      }
      if (hasMidAttribution(paragraph)) {
        doubts.push(
          doubt(
            'mid-attribution',
            [j + 1],
            `paragraph ${j + 1} has its attribution in the middle («…, — сказал X. — …»), which a quote cannot record; left as narration`,
          ),
        )
        return
      }
    }
    doubts.push(
      doubt(
        'dash-without-attribution',
        [i + 1],
        `paragraph ${i + 1} opens with a dash, but no attribution («…, — сказал X.») ends it or the paragraphs after it; left as narration`,
      ),
    )
  })

  // Speech set off by layout or by person: a pull quote with its speaker's name after it, and
  // a first-person lead attributed by «Об этом X заявил».
  paragraphs.forEach((text, i) => {
    if (claimed.has(i)) return
    const item = unmarkedQuote(paragraphs, i)
    if (!item) return
    items.push(item)
    claimed.add(i)
    narration[i] = [{ start: text.indexOf(item.attribution), end: text.length }]
  })

  paragraphs.forEach((text, i) => {
    if (claimed.has(i)) return
    const quotes = inlineQuotes(text)
    const first = quotes[0]
    const unmarked = first ? null : closingAttribution(text)
    if (unmarked && quoteSpans(text).length === 0) {
      // Direct speech with no marks, closed only by «…, - сказал X.»
      items.push({
        kind: 'dash',
        from: i,
        to: i,
        at: i,
        attribution: text.slice(unmarked.start),
        subject: unmarked.subject,
        nominative: true,
        verbGender: unmarked.verbGender,
      })
      claimed.add(i)
      narration[i] = [{ start: unmarked.start, end: text.length }]
      return
    }
    if (!first) {
      if (looksQuoted(text))
        doubts.push(
          doubt(
            'quote-without-attribution',
            [i + 1],
            `paragraph ${i + 1} has a «…» that reads like a quote, but no speaker was found for it; left as narration`,
          ),
        )
      return
    }
    claimed.add(i)
    items.push({
      kind: 'inline',
      from: i,
      to: i,
      at: i,
      attribution: first.attribution,
      text: first.text,
      subject: first.subject,
      nominative: first.nominative,
      verbGender: first.verbGender,
    })
    if (quotes.length > 1)
      doubts.push(
        doubt(
          'several-quotes',
          [i + 1],
          `paragraph ${i + 1} has ${quotes.length} quotes; only the first («${shorten(first.text)}») was kept`,
        ),
      )
  })

  paragraphs.forEach((text, i) => {
    if (claimed.has(i)) return
    const cue = firstCue(text)
    if (!cue) return
    claimed.add(i)
    items.push({
      kind: 'reported',
      from: i,
      to: i,
      at: i,
      attribution: text.slice(cue.start, cue.end),
      subject: cue.subject,
      nominative: cue.nominative,
      verbGender: cue.verbGender,
      ...(cue.sameAs ? { sameAs: cue.sameAs } : {}),
    })
  })

  return { items, narration, doubts }
}

/** A pull quote or a first-person lead (see unmarked.ts) as a quote, with its speaker. */
function unmarkedQuote(paragraphs: readonly string[], i: number): SpeechItem | null {
  const text = paragraphs[i] ?? ''
  const base = { kind: 'inline', from: i, to: i, at: i, nominative: true } as const
  const pull = pullQuote(paragraphs, i)
  if (pull)
    return {
      ...base,
      attribution: text.slice(pull.attribution.start, pull.attribution.end),
      text: text.slice(pull.words.start, pull.words.end),
      subject: pull.name,
    }
  const lead = firstPersonLead(text)
  if (!lead) return null
  const cue = findSpeechCue(text, { start: lead.attribution.start, end: text.length })
  if (!cue?.nominative) return null
  return {
    ...base,
    attribution: text.slice(lead.attribution.start, lead.attribution.end),
    text: text.slice(lead.words.start, lead.words.end),
    subject: cue.subject,
    verbGender: cue.verbGender,
  }
}

/** A paragraph that is one quotation and nothing else: «…». or "…" */
function isWholeQuote(text: string): boolean {
  const spans = quoteSpans(text)
  const only = spans[0]
  return spans.length === 1 && only?.start === 0 && only.end >= text.replace(/[.!?…]$/, '').length
}

/** Transcripts name their speaker in a few words before a colon, with no verb. */
const maxTranscriptWords = 6

/** «Министр: …» or «Айгерим Сапарова: …»: the speaker that opens a paragraph, and the colon. */
function transcriptSpeaker(text: string): { subject: Reference; colon: number } | null {
  const match = /^([^:.!?«»"„“]{2,80}?):\s+\S/u.exec(text)
  if (!match?.[1]) return null
  const colon = match[1].length
  const all = words(match[1])
  if (all.length > maxTranscriptWords || all.some((w) => speechVerbReading(w.text))) return null
  const subject = pickSubject(findReferences(text, 0, colon, subjectOptions), 'first', { text })
  if (!subject || subject.kind === 'pronoun') return null
  // The speaker is the first words: «Министр энергетики:», not «По данным министерства:».
  if (subject.start !== 0 && !/^\p{Lu}/u.test(text)) return null
  if (subject.start > 0 && subject.kind === 'noun') return null
  return { subject, colon }
}

/** A «…» after a colon, or before « — »: a quote whose attribution the rules did not read. */
function looksQuoted(text: string): boolean {
  return quoteSpans(text).some((span) => {
    const before = text.slice(0, span.start)
    if (isQuestionAnswered(before, text.slice(span.start + 1, span.end - 1))) return false
    return /:\s*$/.test(before) || /^,?\s*[—–-]\s/.test(text.slice(span.end))
  })
}

/**
 * «X ответил на вопрос: «Что будет дальше?»»: after «на вопрос(ы) …:» a quoted question is the
 * one put to the speaker, not the speaker's words. (After «задал вопрос:» it is theirs.)
 */
function isQuestionAnswered(before: string, quoted: string): boolean {
  return (
    /(?:^|[^\p{L}])на\s+вопрос\p{L}*[^:.!?]*:\s*$/iu.test(before) && /\?[»"“”]*\s*$/.test(quoted)
  )
}

/** Guillemets opened less those closed: above 0 when a «…» runs on past the paragraph. */
function guillemetBalance(text: string): number {
  let balance = 0
  for (const char of text) balance += char === '«' ? 1 : char === '»' ? -1 : 0
  return balance
}

/** A paragraph can carry on a quote unless it reads as the author's reporting. */
function continuesQuote(text: string): boolean {
  return firstCue(text) === null && inlineQuotes(text).length === 0
}

function outsideGuillemets(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const quote of quoteSpans(text)) {
    spans.push({ start, end: quote.start })
    start = quote.end
  }
  spans.push({ start, end: text.length })
  return spans
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}
