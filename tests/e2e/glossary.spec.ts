import { expect, expectNoAxeViolations, test, articlePath } from './fixtures.ts'

test('a term opens its note on click; Escape closes it and focus returns', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  const term = page.getByRole('button', { name: 'Хиву' })
  await term.click()
  await expect(term).toHaveAttribute('aria-expanded', 'true')
  const note = page.locator(`#${await term.getAttribute('aria-controls')}`)
  await expect(note).toBeVisible()
  await expect(note).toHaveAttribute('lang', 'en')
  await expect(note).toContainText('Khiva')
  await expectNoAxeViolations(page)

  await page.keyboard.press('Escape')
  await expect(note).toBeHidden()
  await expect(term).toBeFocused()
})

test('the notes language follows its own toggle', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  await page
    .getByRole('group', { name: 'Glossary notes' })
    .getByRole('radio', { name: 'Русский' })
    .click()
  await expect(page).toHaveURL(/notes=ru/)
  const term = page.getByRole('button', { name: 'Касым-Жомарта Токаева' }).first()
  await term.click()
  const note = page.locator(`#${await term.getAttribute('aria-controls')}`)
  await expect(note).toHaveAttribute('lang', 'ru')
  await expect(note).toContainText('Токаев')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expectNoAxeViolations(page)
})

test('a note shows in full where it reaches past its paragraph', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  // The article's last sentence names Tokayev; his note hangs below that paragraph.
  const term = page.getByRole('button', { name: 'Касым-Жомарт Токаев', exact: true })
  await term.click()
  const note = page.locator(`#${await term.getAttribute('aria-controls')}`)
  await expect(note).toContainText('President of Kazakhstan since 20 March 2019')
  await note.scrollIntoViewIfNeeded()
  const noteBox = (await note.boundingBox())!
  const paragraphBox = (await term.locator('xpath=ancestor::p').boundingBox())!
  expect(noteBox.y + noteBox.height).toBeGreaterThan(paragraphBox.y + paragraphBox.height + 40)
  // Its lower corners are the note's own: nothing clips it to the paragraph's block.
  const cornersShown = await note.evaluate((element) => {
    const { left, right, bottom } = element.getBoundingClientRect()
    return [left + 4, right - 4].map((x) =>
      element.contains(document.elementFromPoint(x, bottom - 4)),
    )
  })
  expect(cornersShown).toEqual([true, true])
})

test('clicking elsewhere closes a note', async ({ page }) => {
  await page.goto(`${articlePath}?lang=ru`)
  const term = page.getByRole('button', { name: 'Хиву' })
  await term.click()
  await page.getByRole('heading', { level: 1 }).click()
  await expect(term).toHaveAttribute('aria-expanded', 'false')
})

test('at least 15 distinct terms are marked in the text', async ({ page }) => {
  await page.goto(`${articlePath}?lang=ru`)
  const controls = await page
    .locator('article button[aria-controls^="note-"]')
    .evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute('aria-controls')!.replace(/^note-p\d+-/, '')),
    )
  expect(new Set(controls).size).toBeGreaterThanOrEqual(15)
})
