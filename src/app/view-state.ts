import { isLang, type Lang } from '../lib/language.ts'

/** How the article reads: Russian (with the English a tap away), side by side, or English. */
export const readingModes = ['ru', 'parallel', 'en'] as const
export type ReadingMode = (typeof readingModes)[number]

export function isReadingMode(value: unknown): value is ReadingMode {
  return readingModes.some((mode) => mode === value)
}

/** The reading mode `?view=` asks for; none, or an unknown one, is always the Russian view. */
export function readingModeOf(params: URLSearchParams): ReadingMode {
  const mode = params.get('view')?.toLowerCase()
  return isReadingMode(mode) ? mode : 'ru'
}

/**
 * What the URL of an article page owns: the reading mode, the speaker filter, the notes
 * language, the open quote.
 */
export interface ViewState {
  mode: ReadingMode
  speakers: string[]
  notes: Lang | null
  quoteId: string | null
}

export const quoteHashPrefix = '#quote-'

export function parseViewState(
  search: string,
  hash: string,
  known: { speakerIds: readonly string[]; quoteIds: readonly string[] },
): ViewState {
  const params = new URLSearchParams(search)
  const requested = new Set(
    (params.get('speaker') ?? '').split(',').map((value) => value.trim().toLowerCase()),
  )
  const notes = params.get('notes')?.toLowerCase()
  const quoteId = hash.startsWith(quoteHashPrefix) ? hash.slice(quoteHashPrefix.length) : null
  return {
    mode: readingModeOf(params),
    // Unknown ids are dropped, the known ones kept, in the sidebar's order.
    speakers: known.speakerIds.filter((id) => requested.has(id)),
    notes: isLang(notes) ? notes : null,
    quoteId: quoteId && known.quoteIds.includes(quoteId) ? quoteId : null,
  }
}

/**
 * `search` with the parts of the view `state` gives: the others, and any parameter the
 * reader does not own, stay as they are.
 */
export function serializeViewState(
  search: string,
  state: Partial<Omit<ViewState, 'quoteId'>>,
): string {
  const params = new URLSearchParams(search)
  const owned = {
    view: state.mode && (state.mode === 'ru' ? null : state.mode),
    speaker: state.speakers?.join(','),
    notes: state.notes,
  }
  for (const [key, value] of Object.entries(owned)) {
    if (value === undefined) continue
    if (value) params.set(key, value)
    else params.delete(key)
  }
  // Speaker ids are [a-z0-9-], so the comma can stay readable in a shared link.
  const query = params.toString().replaceAll('%2C', ',')
  return query ? `?${query}` : ''
}

export function toggleSpeaker(selected: readonly string[], id: string, order: readonly string[]) {
  const next = new Set(selected)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return order.filter((speakerId) => next.has(speakerId))
}
