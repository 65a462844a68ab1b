import { articlePath, expect, layoutShift, quoteCards, test } from './fixtures.ts'

// What the head script (src/head/head.ts) does before the app's code arrives.

test('a shared filtered link is filtered from the first paint, with nothing moving after', async ({
  page,
}) => {
  // The app's code is held back: what shows is the page and its head script alone.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/*.js', async (route) => {
    await held
    await route.continue()
  })
  await page.goto(`/en${articlePath}?speaker=nazarov`, { waitUntil: 'commit' })
  await expect(quoteCards(page)).toHaveCount(4)
  await expect(page.getByText('Reported speech: Farkhod Tolipov')).toHaveCount(3)
  await expect(page.getByText('Reported speech: Farkhod Tolipov').first()).toBeHidden()
  release()
  await expect(page.getByRole('checkbox', { name: /Ravshan Nazarov/ })).toBeChecked()
  await expect(quoteCards(page)).toHaveCount(4)
  await expect(page.locator('html')).not.toHaveAttribute('data-speakers')
  expect(await layoutShift(page)).toBe(0)
})

test('where storage fails, Русский on the English library opens the Russian library', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError')
    }
  })
  await page.goto('/en/')
  await page.getByRole('group', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click()
  await expect(page).toHaveURL(/\/\?lang=ru$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Статьи')
})

test('only a middle click counts among the other buttons', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '')
  })
  await page.goto(`/en${articlePath}`)
  await page.getByRole('button', { name: 'Print' }).click({ button: 'middle' })
  await page.getByRole('button', { name: 'Expand all' }).click({ button: 'right' })
  await expect(page.locator('html')).not.toHaveAttribute('data-printed')
  await expect(quoteCards(page).first().getByText('Link to this quote')).toBeHidden()
})
