import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test, articlePath } from './fixtures.ts'

/** The note a term opens: the popover it names. */
async function noteOf(page: Page, term: Locator) {
  return page.locator(`#${await term.getAttribute('popovertarget')}`)
}

test('a term opens its note on click; Escape closes it and focus returns', async ({ page }) => {
  await page.goto(`/en${articlePath}`)
  const term = page.getByRole('button', { name: 'Хиву' })
  const note = page.getByRole('note', { name: 'Khiva' })
  await expect(note).toBeHidden()
  await term.click()
  await expect(note).toBeVisible()
  await expect(note).toHaveAttribute('lang', 'en')
  await expect(note).toContainText('Khiva')
  await expect(note).toContainText('Place')
  await expect(term).toBeFocused()
  await expectNoAxeViolations(page)

  await page.keyboard.press('Escape')
  await expect(note).toBeHidden()
  await expect(term).toBeFocused()
})

test('the notes language follows its own toggle, in the URL without a history entry', async ({
  page,
}) => {
  await page.goto(`/en${articlePath}`)
  const entries = await page.evaluate(() => history.length)
  await page
    .getByRole('group', { name: 'Glossary notes' })
    .getByRole('radio', { name: 'Русский' })
    .click()
  await expect(page).toHaveURL(/\?notes=ru$/)
  expect(await page.evaluate(() => history.length)).toBe(entries)
  const term = page.getByRole('button', { name: 'Касым-Жомарта Токаева' }).first()
  await term.click()
  const note = await noteOf(page, term)
  await expect(note).toBeVisible()
  await expect(note).toHaveAttribute('lang', 'ru')
  await expect(note).toContainText('Токаев')
  await expect(note).toContainText('Персона')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expectNoAxeViolations(page)
})

test.describe('in a Russian browser', () => {
  test.use({ locale: 'ru-RU' })

  // Issue 14: a Russian page with English notes showed the raw key `notes.kind.place`.
  test('English notes on a Russian page name their kind in English, after a reload too', async ({
    page,
  }) => {
    await page.goto(articlePath)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await page
      .getByRole('group', { name: 'Глоссарий' })
      .getByRole('radio', { name: 'English' })
      .click()
    await expect(page).toHaveURL(/\?notes=en$/)
    for (const visit of ['switched', 'reloaded']) {
      if (visit === 'reloaded') await page.reload()
      const term = page.getByRole('button', { name: 'Хиву' })
      await term.click()
      const note = page.getByRole('note', { name: 'Khiva' })
      await expect(note).toBeVisible()
      await expect(note).toHaveAttribute('lang', 'en')
      await expect(note.locator('.note-kind').filter({ visible: true })).toHaveText('Place')
      // No note, shown or not, carries an untranslated key.
      await expect(page.locator('.notes')).not.toContainText('notes.kind')
      await expectNoAxeViolations(page)
      await page.keyboard.press('Escape')
      await expect(note).toBeHidden()
    }
  })
})

test('a note shows in full, even by the article’s last paragraph', async ({ page }) => {
  await page.goto(`/en${articlePath}`)
  // The article's last sentence names Tokayev, with little page left below it.
  const term = page.getByRole('button', { name: 'Касым-Жомарт Токаев', exact: true })
  await term.click()
  const note = await noteOf(page, term)
  await expect(note).toContainText('President of Kazakhstan since 20 March 2019')
  // Wholly on screen, and its corners are the note's own: nothing clips it or covers it.
  await expect(note).toBeInViewport({ ratio: 1 })
  const cornersShown = await note.evaluate((element) => {
    const { left, right, top, bottom } = element.getBoundingClientRect()
    return [
      [left + 4, top + 4],
      [right - 4, top + 4],
      [left + 4, bottom - 4],
      [right - 4, bottom - 4],
    ].map(([x, y]) => element.contains(document.elementFromPoint(x!, y!)))
  })
  expect(cornersShown).toEqual([true, true, true, true])
})

test('a note is placed by its term', async ({ page }) => {
  await page.goto(`/en${articlePath}`)
  const term = page.getByRole('button', { name: 'Хиву' })
  await term.click()
  const note = page.getByRole('note', { name: 'Khiva' })
  await expect(note).toBeVisible()
  const termBox = (await term.boundingBox())!
  const noteBox = (await note.boundingBox())!
  // Just below or just above the term, not in a corner of the page.
  const gap = Math.min(
    Math.abs(noteBox.y - (termBox.y + termBox.height)),
    Math.abs(termBox.y - (noteBox.y + noteBox.height)),
  )
  expect(gap).toBeLessThan(24)
})

test('clicking elsewhere closes a note', async ({ page }) => {
  await page.goto(`${articlePath}?lang=ru`)
  const term = page.getByRole('button', { name: 'Хиву' })
  await term.click()
  const note = await noteOf(page, term)
  await expect(note).toBeVisible()
  await page.getByRole('heading', { level: 1 }).click()
  await expect(note).toBeHidden()
})

test('at least 15 distinct terms are marked in the text', async ({ page }) => {
  await page.goto(`${articlePath}?lang=ru`)
  const targets = await page
    .locator('article button[popovertarget^="note-"]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('popovertarget')))
  expect(new Set(targets).size).toBeGreaterThanOrEqual(15)
  // Each names a note there is.
  for (const target of new Set(targets))
    await expect(page.locator(`[popover][id="${target}"]`)).toHaveCount(1)
})
