import type { ArticleCore, Quote, ReportedSpeech } from '../../content/schema.ts'

/**
 * The article as the reader walks it: quote cards, reported speech and narration, in
 * order. `number` is a quote's place among the article's quotes (from 1), `speakerIndex`
 * its speaker's place in the speakers list (their colour): worked out once, not per render.
 */
export type Block =
  | {
      kind: 'quote'
      id: string
      quote: Quote
      paragraphs: number[]
      number: number
      speakerIndex: number
    }
  | {
      kind: 'reported'
      id: string
      reported: ReportedSpeech
      paragraph: number
      speakerIndex: number
    }
  | { kind: 'narration'; id: string; paragraph: number }

export function buildBlocks({ article, speakers, quotes, reported }: ArticleCore): Block[] {
  const speakerIndex = new Map(speakers.map((speaker, i) => [speaker.id, i]))
  const indexOf = (speakerId: string) => speakerIndex.get(speakerId) ?? -1
  const blocks: Block[] = []
  for (let n = 1; n <= article.paragraphs.length; n++) {
    const quote = quotes.find((candidate) => candidate.from === n)
    if (quote) {
      const paragraphs = Array.from({ length: quote.to - quote.from + 1 }, (_, i) => n + i)
      blocks.push({
        kind: 'quote',
        id: quote.id,
        quote,
        paragraphs,
        number: quotes.indexOf(quote) + 1,
        speakerIndex: indexOf(quote.speakerId),
      })
      n = quote.to
      continue
    }
    const speech = reported.find((candidate) => candidate.paragraph === n)
    blocks.push(
      speech
        ? {
            kind: 'reported',
            id: `p${n}`,
            reported: speech,
            paragraph: n,
            speakerIndex: indexOf(speech.speakerId),
          }
        : { kind: 'narration', id: `p${n}`, paragraph: n },
    )
  }
  return blocks
}

export function countQuotes(quotes: readonly Quote[], selectedSpeakers: readonly string[]) {
  const shown = selectedSpeakers.length
    ? quotes.filter((quote) => selectedSpeakers.includes(quote.speakerId)).length
    : quotes.length
  return { shown, total: quotes.length }
}

export function quotesBySpeaker(quotes: readonly Quote[], speakerId: string): number {
  return quotes.filter((quote) => quote.speakerId === speakerId).length
}

/**
 * A long article's blocks in groups of `size`, as [start, end) ranges; an article of at
 * most `longerThan` blocks is not grouped (null). Each group skips layout and paint while
 * off screen, as each block does (styles.css): past a hundred or so blocks, the browser's
 * per-box work for every skipped block on every change of the page (placing it, its paint
 * properties) costs more than the skipping saves, and forty groups cost far less than a
 * thousand blocks (npm run bench, the 50× article).
 */
export function blockGroups(
  count: number,
  { longerThan = 100, size = 25 } = {},
): Array<[start: number, end: number]> | null {
  if (count <= longerThan) return null
  return Array.from({ length: Math.ceil(count / size) }, (_, i) => [
    i * size,
    Math.min(count, (i + 1) * size),
  ])
}
