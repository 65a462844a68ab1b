import { expect, test } from 'vitest'
import { readFormChoices } from './form-choices.ts'

function form(html: string) {
  document.body.innerHTML = html
  return document.body
}

test('boxes as the page was built say nothing: the address keeps its view', () => {
  const root = form('<input type="checkbox" name="speaker" value="nazarov">')
  expect(readFormChoices(root, '?speaker=tolipov&view=en')).toBe('?speaker=tolipov&view=en')
})

test('a box ticked before the code arrived becomes the filter, keeping the rest of the view', () => {
  const root = form(
    '<input type="checkbox" name="speaker" value="tolipov"><input type="checkbox" name="speaker" value="nazarov">',
  )
  document.querySelectorAll('input')[1]!.checked = true
  expect(readFormChoices(root, '?view=EN&notes=ru')).toBe('?view=en&notes=ru&speaker=nazarov')
})
