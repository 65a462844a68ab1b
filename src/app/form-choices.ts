import { isLang } from '../lib/language.ts'
import { serializeViewState } from './view-state.ts'

/**
 * The address with the choices a reader made in the page's forms before the app's code
 * arrived, in the steps the app takes for them once it runs: the notes language in place
 * (`inPlace`), then the speaker filter as a new entry that Back undoes (`newEntry`; null if
 * no box was touched). A form the reader has not touched says nothing (its boxes are as the
 * page was built), and what the forms do not say, the address keeps as it was.
 */
export function readFormChoices(
  root: ParentNode,
  search: string,
): { inPlace: string; newEntry: string | null } {
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="speaker"]')]
  const notes = [...root.querySelectorAll<HTMLInputElement>('input[name="notes"]')]
  const touched = (input: HTMLInputElement) => input.checked !== input.defaultChecked
  const chosenNotes = notes.some(touched) ? notes.find((radio) => radio.checked)?.value : undefined
  const inPlace = isLang(chosenNotes) ? serializeViewState(search, { notes: chosenNotes }) : search
  const newEntry = boxes.some(touched)
    ? serializeViewState(inPlace, {
        speakers: boxes.filter((box) => box.checked).map((box) => box.value),
      })
    : null
  return { inPlace, newEntry }
}
