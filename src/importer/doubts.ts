// The calls the importer is not sure of, as data: what kind of doubt, which paragraphs
// (1-based), and a sentence for a person. Each stage returns its own; nothing is shared.

export type DoubtKind =
  /** No --headline: the headline was cut from the lead. */
  | 'headline'
  /** A paragraph opens like direct speech, but no attribution closes it. */
  | 'dash-without-attribution'
  /** «…, — сказал X. — …»: the attribution sits inside the quote. */
  | 'mid-attribution'
  /** A «…» reads like a quote, but nobody is named as its speaker. */
  | 'quote-without-attribution'
  /** More than one quote in one paragraph; only the first was kept. */
  | 'several-quotes'
  /** A speaker reference that no person matches. */
  | 'unresolved-speaker'
  /** A speaker named by role only («сказал министр»), tied to the person with that role. */
  | 'role-only-speaker'
  /** A pronoun whose person was last named far back. */
  | 'far-pronoun'
  /** The verb's gender and the person's disagree. */
  | 'gender-mismatch'
  /** Nothing in the text tells whether the person is a man or a woman. */
  | 'gender-unknown'
  /** No role was found for a speaker. */
  | 'no-role'

export interface Doubt {
  readonly kind: DoubtKind
  /** 1-based paragraph numbers the doubt is about; empty when it is about the whole text. */
  readonly paragraphs: readonly number[]
  readonly message: string
}

export function doubt(kind: DoubtKind, paragraphs: readonly number[], message: string): Doubt {
  return { kind, paragraphs, message }
}

/** One line of the summary. */
export function formatDoubt(item: Doubt): string {
  // Most messages name their paragraphs; the rest get them appended.
  const where =
    item.paragraphs.length === 0 || /paragraph/.test(item.message)
      ? ''
      : ` (paragraph${item.paragraphs.length > 1 ? 's' : ''} ${item.paragraphs.join(', ')})`
  return `unsure: ${item.message}${where}`
}
