import { isLang } from '../lib/language.ts'
import { readingModeOf, serializeViewState } from './view-state.ts'

/**
 * `search` with the choices a reader made in the page's forms before the app's code
 * arrived: the speaker boxes and the notes language. A form the reader has not touched
 * says nothing (its boxes are as the page was built), and the address keeps its view.
 * `newEntry` is as the app does it once it runs: a filter is a step Back undoes, the notes
 * language is not.
 */
export function readFormChoices(
  root: ParentNode,
  search: string,
): { search: string; newEntry: boolean } {
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="speaker"]')]
  const notes = [...root.querySelectorAll<HTMLInputElement>('input[name="notes"]')]
  const touched = (input: HTMLInputElement) => input.checked !== input.defaultChecked
  const [boxesTouched, notesTouched] = [boxes.some(touched), notes.some(touched)]
  if (!boxesTouched && !notesTouched) return { search, newEntry: false }
  const params = new URLSearchParams(search)
  const chosenNotes = notesTouched
    ? notes.find((radio) => radio.checked)?.value
    : params.get('notes')
  const chosen = serializeViewState(search, {
    mode: readingModeOf(params),
    speakers: boxesTouched
      ? boxes.filter((box) => box.checked).map((box) => box.value)
      : (params.get('speaker')?.split(',') ?? []),
    notes: isLang(chosenNotes) ? chosenNotes : null,
  })
  return { search: chosen, newEntry: boxesTouched }
}
