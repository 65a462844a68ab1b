// The small part of Az.js (npm «az») the importer uses. The package ships no types.
declare module 'az' {
  export interface AzTag {
    POS?: string
    CAse?: string
    GNdr?: string
    NMbr?: string
    TEns?: string
    PErs?: string
    /** Grammemes are also flags on the tag: tag.Surn, tag.femn … */
    [grammeme: string]: unknown
    toString(): string
  }
  export interface AzParse {
    word: string
    tag: AzTag
    score: number
    parser?: string
    /** Letters Az read as typed twice, and typos it corrected, to reach this reading. */
    stutterCnt?: number
    typosCnt?: number
    normalize(keepPOS?: boolean): AzParse
  }
  interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[]
    init(path: string, callback: (error: Error | null) => void): void
  }
  const Az: { Morph: AzMorph }
  export default Az
}
