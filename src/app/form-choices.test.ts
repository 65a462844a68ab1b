import { expect, test } from 'vitest'
import { readFormChoices } from './form-choices.ts'

function form(html: string) {
  document.body.innerHTML = html
  return document.body
}

test('boxes as the page was built say nothing: the address keeps its view', () => {
  const root = form('<input type="checkbox" name="speaker" value="nazarov">')
  expect(readFormChoices(root, '?speaker=tolipov&view=en')).toEqual({
    search: '?speaker=tolipov&view=en',
    newEntry: false,
  })
})

test('a box ticked before the code arrived becomes the filter, as a new entry, keeping the rest of the view', () => {
  const root = form(
    '<input type="checkbox" name="speaker" value="tolipov"><input type="checkbox" name="speaker" value="nazarov">',
  )
  document.querySelectorAll('input')[1]!.checked = true
  expect(readFormChoices(root, '?view=EN&notes=ru')).toEqual({
    search: '?view=en&notes=ru&speaker=nazarov',
    newEntry: true,
  })
})

test('a notes language chosen before the code arrived joins the address in place, keeping the filter', () => {
  const root = form(
    '<input type="checkbox" name="speaker" value="nazarov" checked>' +
      '<input type="radio" name="notes" value="ru" checked><input type="radio" name="notes" value="en">',
  )
  document.querySelectorAll('input')[2]!.checked = true
  expect(readFormChoices(root, '?speaker=nazarov')).toEqual({
    search: '?speaker=nazarov&notes=en',
    newEntry: false,
  })
})
