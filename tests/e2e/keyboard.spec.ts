import {
  articlePath,
  disclosureOf,
  expect,
  expectNoAxeViolations,
  quoteCards,
  summary,
  test,
} from './fixtures.ts'
import type { Page } from '@playwright/test'

/** Presses Tab until the focused control is a `kind` (an input type or a tag name) labelled `name`. */
async function tabTo(
  page: Page,
  name: RegExp,
  kind: 'button' | 'checkbox' | 'radio' | 'summary' | 'a',
  limit = 80,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement ?? document.body
      return {
        kind: element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase(),
        label: (element.closest('label') ?? element).textContent ?? '',
      }
    })
    if (focused.kind === kind && name.test(focused.label)) return page.locator(':focus')
  }
  throw new Error(`never reached the ${kind} ${String(name)} by Tab`)
}

const outlineOf = (page: Page) =>
  page.locator(':focus').evaluate((element) => getComputedStyle(element).outlineStyle)

test('everything works from the keyboard alone, with a visible focus', async ({ page }) => {
  await page.goto(`/en${articlePath}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  await tabTo(page, /Ravshan Nazarov/, 'checkbox')
  expect(await outlineOf(page)).not.toBe('none')
  await page.keyboard.press('Space')
  await expect(quoteCards(page)).toHaveCount(4)
  await expect(page).toHaveURL(/\?speaker=nazarov$/)

  const showAll = await tabTo(page, /^Show all$/, 'button')
  await page.keyboard.press('Enter')
  await expect(quoteCards(page)).toHaveCount(6)
  await expect(page).toHaveURL(new RegExp(`${articlePath}$`))
  await expect(showAll).toBeFocused()

  await page.getByRole('button', { name: 'Expand all' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('main details:not([open])')).toHaveCount(0)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Collapse all' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.locator('main details[open]')).toHaveCount(0)

  await tabTo(page, /^Хиву$/, 'button')
  expect(await outlineOf(page)).not.toBe('none')
  await page.keyboard.press('Enter')
  const term = page.getByRole('button', { name: 'Хиву' })
  await expect(page.getByRole('note', { name: 'Khiva' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('note', { name: 'Khiva' })).toBeHidden()
  await expect(term).toBeFocused()

  const toggle = await tabTo(page, /Translation and details/, 'summary')
  expect(await outlineOf(page)).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(disclosureOf(toggle)).toHaveAttribute('open')
  await expect(
    disclosureOf(summary(quoteCards(page).first(), /Translation and details/)),
  ).toHaveAttribute('open')
  await expectNoAxeViolations(page)
  await page.keyboard.press('Space')
  await expect(disclosureOf(toggle)).not.toHaveAttribute('open')
})

test('the language link is reached by Tab, shows its focus and follows with Enter', async ({
  page,
}) => {
  await page.goto(`/en${articlePath}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await tabTo(page, /^Русский$/, 'a')
  expect(await outlineOf(page)).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`[^n]${articlePath}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
})

test('the skip link takes focus to the article', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to article' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})
