import { articlePath, expect, expectNoAxeViolations, quoteCards, test } from './fixtures.ts'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test('a quote card copies its citation as plain text and says so', async ({ page, baseURL }) => {
  await page.goto(`/en${articlePath}?speaker=nazarov`)
  const card = quoteCards(page).first()
  // A <summary> has no ARIA role of its own: found by its text.
  await card.locator('summary', { hasText: 'Translation and details' }).click()
  await card.getByRole('button', { name: /^Copy citation/ }).click()
  await expect(card.getByRole('status')).toHaveText('Citation copied')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  const lines = copied.split('\n')
  expect(lines[0]).toMatch(/^— Стержнем этой активности/)
  expect(lines[1]).toMatch(/^Казахстан и Узбекистан хорошо понимают/)
  expect(lines[2]).toMatch(/^“At the heart of this activity/)
  expect(copied).toContain(
    '— Ravshan Nazarov, political scientist from Uzbekistan. Kazinform, November 14, 2025.',
  )
  expect(lines.at(-1)).toBe(`${baseURL}/en${articlePath}?speaker=nazarov#quote-q3`)
  await expectNoAxeViolations(page)
})

test('without clipboard access the citation is selected in place', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined })
  })
  await page.goto(`/en${articlePath}`)
  const card = quoteCards(page).first()
  await card.locator('summary', { hasText: 'Translation and details' }).click()
  await card.getByRole('button', { name: /^Copy citation/ }).click()
  await expect(card.getByRole('status')).toContainText('Could not copy')
  const text = card.getByRole('textbox', { name: 'Citation to copy' })
  await expect(text).toBeFocused()
  expect(
    await text.evaluate((area: HTMLTextAreaElement) =>
      area.value.slice(area.selectionStart, area.selectionEnd),
    ),
  ).toMatch(/^— Несколько лет назад[\s\S]*#quote-q1$/)
  await expectNoAxeViolations(page)
})
