import { expect, test } from 'vitest'
import { readFormChoices } from './form-choices.ts'

function form(html: string) {
  document.body.innerHTML = html
  return document.body
}

const speakerBoxes =
  '<input type="checkbox" name="speaker" value="tolipov"><input type="checkbox" name="speaker" value="nazarov">'
const notesRadios =
  '<input type="radio" name="notes" value="ru" checked><input type="radio" name="notes" value="en">'

test('forms as the page was built say nothing: the address keeps its view as it was', () => {
  const root = form(speakerBoxes + notesRadios)
  expect(readFormChoices(root, '?speaker=tolipov&view=EN&notes=EN')).toEqual({
    inPlace: '?speaker=tolipov&view=EN&notes=EN',
    newEntry: null,
  })
})

test('a box ticked before the code arrived becomes the filter, as a new entry, keeping the rest of the view', () => {
  const root = form(speakerBoxes + notesRadios)
  document.querySelectorAll('input')[1]!.checked = true
  expect(readFormChoices(root, '?view=en&notes=EN')).toEqual({
    inPlace: '?view=en&notes=EN',
    newEntry: '?view=en&notes=EN&speaker=nazarov',
  })
})

test('a notes language chosen before the code arrived joins the address in place, keeping the filter', () => {
  const root = form(notesRadios)
  document.querySelectorAll('input')[1]!.checked = true
  expect(readFormChoices(root, '?speaker=nazarov')).toEqual({
    inPlace: '?speaker=nazarov&notes=en',
    newEntry: null,
  })
})

test('both chosen: the notes language in place first, then the filter as a new entry', () => {
  const root = form(speakerBoxes + notesRadios)
  const [tolipov, , , english] = document.querySelectorAll('input')
  tolipov!.checked = true
  english!.checked = true
  expect(readFormChoices(root, '')).toEqual({
    inPlace: '?notes=en',
    newEntry: '?notes=en&speaker=tolipov',
  })
})
