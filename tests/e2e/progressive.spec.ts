import type { Page } from '@playwright/test'
import {
  articlePath,
  disclosureOf,
  expect,
  expectNoAxeViolations,
  languageLink,
  quoteCards,
  summary,
  test,
} from './fixtures.ts'

// The page's controls are the browser's own (details, popovers, links, a CSS filter) or the
// inline head script's, so they answer before the app's code arrives and without it.
// Russian pages, read in a browser that asks for Russian.
test.use({ locale: 'ru-RU' })

const nazarov = (page: Page) => page.getByRole('checkbox', { name: /Равшан Назаров/ })

/**
 * Axe on a page whose scripts are off. Axe is a script that waits on timers, and timers
 * never fire there, so it checks a copy: the page as it stands (boxes ticked, cards and
 * notes open), without its scripts, in a context where scripts run.
 */
async function expectNoAxeViolationsWithoutScripts(page: Page) {
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement
    const live = [...document.querySelectorAll('input, [popover]')]
    copy.querySelectorAll('input, [popover]').forEach((element, index) => {
      const original = live[index]!
      if (original instanceof HTMLInputElement) element.toggleAttribute('checked', original.checked)
      else if (original.matches(':popover-open')) element.setAttribute('data-open', '')
    })
    copy.querySelectorAll('script').forEach((script) => script.remove())
    return `<!doctype html>${copy.outerHTML}`
  })
  // Playwright Test gives a new context the test's options: scripts are asked for.
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true })
  try {
    const copy = await context.newPage()
    await copy.setContent(html)
    await copy.evaluate(() =>
      document.querySelectorAll<HTMLElement>('[data-open]').forEach((note) => note.showPopover()),
    )
    await expectNoAxeViolations(copy)
  } finally {
    await context.close()
  }
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('a card opens and shows its English', async ({ page }) => {
    await page.goto(articlePath)
    const card = quoteCards(page).first()
    const toggle = summary(card, /Перевод и подробности/)
    await expect(card.locator('.translation')).toBeHidden()
    await toggle.click()
    await expect(disclosureOf(toggle)).toHaveAttribute('open')
    await expect(card.locator('.translation p[lang="en"]')).toBeVisible()
    await expect(card.getByRole('link', { name: 'Ссылка на эту цитату' })).toBeVisible()
    await expectNoAxeViolationsWithoutScripts(page)
  })

  test('a term opens its note, and Escape closes it', async ({ page }) => {
    await page.goto(articlePath)
    const term = page.getByRole('button', { name: 'Хиву' })
    const note = page.getByRole('note', { name: 'Хива' })
    await term.click()
    await expect(note).toBeVisible()
    await expect(note).toHaveAttribute('lang', 'ru')
    await expectNoAxeViolationsWithoutScripts(page)
    await page.keyboard.press('Escape')
    await expect(note).toBeHidden()
    await expect(term).toBeFocused()
  })

  test('the language link opens the English page', async ({ page }) => {
    // The page as built: its links can't know the address's view without a script.
    await page.goto(articlePath)
    await languageLink(page, 'English').click()
    await expect(page).toHaveURL(new RegExp(`/en${articlePath}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Political scientists/)
    await expectNoAxeViolationsWithoutScripts(page)
  })

  test('ticking a speaker filters the cards with no script at all', async ({ page }) => {
    await page.goto(articlePath)
    await expect(quoteCards(page)).toHaveCount(6)
    await nazarov(page).click()
    await expect(quoteCards(page)).toHaveCount(4)
    await expect(
      page.getByText('Пересказ слов: Фарход Толипов').filter({ visible: true }),
    ).toHaveCount(0)
    await expectNoAxeViolationsWithoutScripts(page)
    await page.getByRole('checkbox', { name: /Фарход Толипов/ }).click()
    await expect(quoteCards(page)).toHaveCount(6)
    await page.getByRole('button', { name: 'Показать всех' }).click()
    await expect(nazarov(page)).not.toBeChecked()
    await expect(quoteCards(page)).toHaveCount(6)
  })
})

/**
 * Holds the app's scripts back on the network, as on a slow phone, until the test lets them
 * through: what the test does before that, it does with the inline head script alone, however
 * long a step takes (axe on a busy machine can take longer than any fixed delay).
 */
async function holdBackCode(page: Page) {
  let arrived = false
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/*.js', async (route) => {
    await released
    arrived = true
    await route.continue()
  })
  return { release, arrived: () => arrived }
}

/** Opens `path` without waiting for its (held) code: the page is up once it is parsed. */
async function openBeforeCode(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'commit' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

test('before the code arrives, a card opens and shows its English', async ({ page }) => {
  const code = await holdBackCode(page)
  await openBeforeCode(page, articlePath)
  const card = quoteCards(page).nth(1)
  const toggle = summary(card, /Перевод и подробности/)
  await toggle.click()
  await expect(disclosureOf(toggle)).toHaveAttribute('open')
  await expect(card.locator('.translation p[lang="en"]')).toBeVisible()
  await expectNoAxeViolations(page)

  // The code takes over the page as it is: the card the reader opened stays open.
  // The head script has asked for the code (once the page painted, or at the first tap).
  code.release()
  await expect.poll(code.arrived).toBe(true)
  await expect(page.getByRole('complementary').getByRole('status')).toHaveText(
    'Показано 6 из 6 цитат',
  )
  await expect(disclosureOf(toggle)).toHaveAttribute('open')
  await expect(page.locator('article details[open]')).toHaveCount(1)
})

test('before the code arrives, Expand all works', async ({ page }) => {
  const code = await holdBackCode(page)
  await openBeforeCode(page, articlePath)
  await page.getByRole('button', { name: 'Развернуть все' }).click()
  await expect(page.locator('article details')).toHaveCount(15)
  await expect(page.locator('article details:not([open])')).toHaveCount(0)
  await expectNoAxeViolations(page)

  // The head script has asked for the code (once the page painted, or at the first tap).
  code.release()
  await expect.poll(code.arrived).toBe(true)
  await expect(page.getByRole('complementary').getByRole('status')).toHaveText(
    'Показано 6 из 6 цитат',
  )
  await expect(page.locator('article details:not([open])')).toHaveCount(0)
  await page.getByRole('button', { name: 'Свернуть все' }).click()
  await expect(page.locator('article details[open]')).toHaveCount(0)
})

test('before the code arrives, a term opens its note, and Escape closes it', async ({ page }) => {
  await holdBackCode(page)
  await openBeforeCode(page, articlePath)
  const term = page.getByRole('button', { name: 'Хиву' })
  const note = page.getByRole('note', { name: 'Хива' })
  await term.click()
  await expect(note).toBeVisible()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(note).toBeHidden()
  await expect(term).toBeFocused()
})

test('before the code arrives, the language link opens the English page', async ({ page }) => {
  await holdBackCode(page)
  await openBeforeCode(page, `${articlePath}?notes=en`)
  await languageLink(page, 'English').click()
  await expect(page).toHaveURL(new RegExp(`/en${articlePath}\\?notes=en$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Political scientists/)
  await expectNoAxeViolations(page)
  // The head script saved the choice: the Russian address now opens the English page.
  expect(await page.evaluate(() => localStorage.getItem('tandem:language'))).toBe('en')
})

test('a speaker ticked before the code arrives is still chosen after it does, as a history entry', async ({
  page,
}) => {
  const code = await holdBackCode(page)
  await openBeforeCode(page, articlePath)
  const entries = await page.evaluate(() => history.length)
  await nazarov(page).click()
  // The page filters itself at once; only the count waits for the code.
  await expect(quoteCards(page)).toHaveCount(4)
  await expectNoAxeViolations(page)

  // The head script has asked for the code (once the page painted, or at the first tap).
  code.release()
  await expect.poll(code.arrived).toBe(true)
  await expect(page).toHaveURL(new RegExp(`${articlePath}\\?speaker=nazarov$`))
  // As a filter chosen after: a step of its own, which Back undoes.
  expect(await page.evaluate(() => history.length)).toBe(entries + 1)
  await expect(nazarov(page)).toBeChecked()
  await expect(page.getByRole('complementary').getByRole('status')).toHaveText(
    'Показано 4 из 6 цитат',
  )
  await expect(quoteCards(page)).toHaveCount(4)
  await expectNoAxeViolations(page)
  // And the app owns it now: unticking shows everyone, in the URL too.
  await nazarov(page).click()
  await expect(quoteCards(page)).toHaveCount(6)
  await expect(page).toHaveURL(new RegExp(`${articlePath}$`))
})

// The app changes the notes language in place (no step for Back); a choice made before the
// code arrived joined the address as a new entry instead (CI, stop 20).
test('a notes language chosen before the code arrives is kept after it does, with no new history entry', async ({
  page,
}) => {
  const code = await holdBackCode(page)
  await openBeforeCode(page, articlePath)
  const entries = await page.evaluate(() => history.length)
  await page
    .getByRole('group', { name: 'Глоссарий' })
    .getByRole('radio', { name: 'English' })
    .click()

  code.release()
  await expect.poll(code.arrived).toBe(true)
  await expect(page).toHaveURL(new RegExp(`${articlePath}\\?notes=en$`))
  expect(await page.evaluate(() => history.length)).toBe(entries)
  const term = page.getByRole('button', { name: 'Хиву' })
  await term.click()
  const note = page.getByRole('note', { name: 'Khiva' })
  await expect(note).toBeVisible()
  await expect(note).toHaveAttribute('lang', 'en')
})
