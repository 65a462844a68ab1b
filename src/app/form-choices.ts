import { isLang } from '../lib/language.ts'
import { isReadingMode, serializeViewState } from './view-state.ts'

/**
 * `search` with the choices a reader made in the page's forms before the app's code
 * arrived: the speaker boxes and the notes language. A form the reader has not touched
 * says nothing (its boxes are as the page was built), and the address keeps its view.
 */
export function readFormChoices(root: ParentNode, search: string): string {
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="speaker"]')]
  const notes = [...root.querySelectorAll<HTMLInputElement>('input[name="notes"]')]
  const touched = (input: HTMLInputElement) => input.checked !== input.defaultChecked
  const params = new URLSearchParams(search)
  const speakers = boxes.some(touched)
    ? boxes.filter((box) => box.checked).map((box) => box.value)
    : (params.get('speaker')?.split(',') ?? [])
  const chosenNotes = notes.some(touched)
    ? notes.find((radio) => radio.checked)?.value
    : params.get('notes')
  if (!boxes.some(touched) && !notes.some(touched)) return search
  const mode = params.get('view')
  return serializeViewState(search, {
    mode: isReadingMode(mode) ? mode : 'ru',
    speakers,
    notes: isLang(chosenNotes) ? chosenNotes : null,
  })
}
