import type { Page } from '@playwright/test'
import {
  articlePath,
  expect,
  expectNoAxeViolations,
  layoutShift,
  quoteCards,
  test,
} from './fixtures.ts'

const english = `/en${articlePath}`

function modes(page: Page) {
  return page.getByRole('group', { name: 'Reading mode' })
}

test('side by side: every block shows its Russian and English at once, in two columns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(english)
  await modes(page).getByRole('link', { name: 'Side by side' }).click()
  await expect(page).toHaveURL(/\?view=parallel$/)
  await expect(modes(page).getByRole('link', { name: 'Side by side' })).toHaveAttribute(
    'aria-current',
    'true',
  )
  const card = quoteCards(page).first()
  const russian = card.locator('blockquote')
  const translation = card.getByText(/^“A few years ago these ties/).filter({ visible: true })
  await expect(translation).toBeVisible()
  await expect(translation).toHaveAttribute('lang', 'en')
  const [ru, en] = [await russian.boundingBox(), await translation.boundingBox()]
  expect(en!.x).toBeGreaterThan(ru!.x + ru!.width - 1)
  expect(Math.abs(en!.y - ru!.y)).toBeLessThan(40)
  // Passages too, with no click; the card keeps its speaker and details.
  await expect(
    page.getByText(/^According to political scientist/).filter({ visible: true }),
  ).toBeVisible()
  await expect(card.getByText('Farkhod Tolipov', { exact: true })).toBeVisible()
  await expect(card.locator('summary', { hasText: 'Details' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('side by side on a phone: the English right under its Russian, nothing sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${english}?view=parallel`)
  const card = quoteCards(page).first()
  const [ru, en] = [
    await card.locator('blockquote').boundingBox(),
    await card
      .getByText(/^“A few years ago/)
      .filter({ visible: true })
      .boundingBox(),
  ]
  expect(en!.y).toBeGreaterThan(ru!.y + ru!.height - 1)
  expect(await layoutShift(page)).toBe(0)
  await page.setViewportSize({ width: 320, height: 700 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await expectNoAxeViolations(page)
})

test('English: the English is the text, terms marked; each Russian original stays beside it', async ({
  page,
}) => {
  await page.goto(`${english}?view=en`)
  await expect(page.locator('html')).toHaveAttribute('data-view', 'en')
  const card = quoteCards(page).first()
  const [en, ru] = [
    await card
      .getByText(/^“A few years ago/)
      .filter({ visible: true })
      .boundingBox(),
    await card.locator('blockquote').boundingBox(),
  ]
  expect(ru!.y).toBeGreaterThan(en!.y)
  await expect(card.locator('blockquote')).toHaveAttribute('lang', 'ru')
  // A term in the English opens the same note as in the Russian.
  await page.getByRole('button', { name: 'Khiva', exact: true }).click()
  const note = page.getByRole('note', { name: 'Khiva' })
  await expect(note).toBeVisible()
  await expect(note).toHaveAttribute('lang', 'en')
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(note).toBeHidden()
  expect(await layoutShift(page)).toBe(0)
})

test('modes step through Back and Forward; an address without ?view= is Russian', async ({
  page,
}) => {
  await page.goto(english)
  await modes(page).getByRole('link', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-view', 'en')
  await modes(page).getByRole('link', { name: 'Side by side' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-view', 'parallel')
  await page.goBack()
  await expect(page).toHaveURL(/\?view=en$/)
  await expect(page.locator('html')).toHaveAttribute('data-view', 'en')
  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`${english}$`))
  await expect(page.locator('html')).not.toHaveAttribute('data-view')
  await expect(modes(page).getByRole('link', { name: 'Russian' })).toHaveAttribute(
    'aria-current',
    'true',
  )
  // The choice is remembered, but only Tandem's own links carry it: a bare address is Russian.
  await page.goto(english)
  await expect(page.locator('html')).not.toHaveAttribute('data-view')
})

test('the last mode chosen comes along on the library’s links and the language link', async ({
  page,
}) => {
  await page.goto(english)
  await modes(page).getByRole('link', { name: 'Side by side' }).click()
  await page.getByRole('group', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click()
  await expect(page).toHaveURL(/\/a\/2025-11-14-kazakhstan-uzbekistan\/\?view=parallel/)
  await expect(
    page.getByRole('group', { name: 'Режим чтения' }).getByRole('link', { name: 'Параллельно' }),
  ).toHaveAttribute('aria-current', 'true')
  await page.goto('/en/')
  await page.getByRole('link', { name: /^Political scientists/ }).click()
  await expect(page).toHaveURL(/\?view=parallel$/)
  await expect(page.locator('html')).toHaveAttribute('data-view', 'parallel')
})

test('in every mode the filter and Expand all still work', async ({ page }) => {
  await page.goto(`${english}?view=en`)
  await page.getByRole('checkbox', { name: /Ravshan Nazarov/ }).check()
  await expect(quoteCards(page)).toHaveCount(4)
  await expect(
    page.getByText(/^According to political scientist/).filter({ visible: true }),
  ).toHaveCount(0)
  await page.getByRole('button', { name: 'Expand all' }).click()
  await expect(quoteCards(page).first().getByText('Link to this quote')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a draft offers the Russian mode alone, and says why', async ({ page }) => {
  await page.goto('/en/a/2025-03-04-water-schedule/?view=en')
  const group = modes(page)
  await expect(group.getByRole('link')).toHaveCount(1)
  await expect(group.getByRole('link', { name: 'Russian' })).toHaveAttribute('aria-current', 'true')
  await expect(group).toContainText(
    'Side by side and English open once the article has a translation.',
  )
  await expect(page.locator('html')).not.toHaveAttribute('data-view')
  await expectNoAxeViolations(page)
})

test('a term keeps the punctuation after it on its line, in every mode and width', async ({
  page,
}) => {
  const broken: string[] = []
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    for (const view of ['', '?view=parallel', '?view=en']) {
      await page.goto(`${english}${view}`)
      // A full stop or a comma right after a term, laid out on a line below the term's end.
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('article button.term')].flatMap((term) => {
          const next = term.nextSibling
          const box = term.getClientRects()
          const end = box[box.length - 1]
          if (
            !end ||
            next?.nodeType !== Node.TEXT_NODE ||
            !/^[.,;:!?»”)]/.test(next.textContent ?? '')
          )
            return []
          const range = document.createRange()
          range.setStart(next, 0)
          range.setEnd(next, 1)
          const mark = range.getBoundingClientRect()
          return mark.top >= end.bottom - 1 ? [`${term.textContent}${next.textContent?.[0]}`] : []
        }),
      )
      broken.push(...found.map((text) => `${width}px ${view || 'ru'}: ${text}`))
    }
  }
  expect(broken).toEqual([])
})
