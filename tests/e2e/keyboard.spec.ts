import { expect, expectNoAxeViolations, quoteCards, test, articlePath } from './fixtures.ts'
import type { Page } from '@playwright/test'

/** Presses Tab until the focused control has `role` and a label matching `name`. */
async function tabTo(page: Page, name: RegExp, role: 'button' | 'checkbox' | 'radio', limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const { kind, label } = await page.evaluate(() => {
      const element = document.activeElement ?? document.body
      return {
        kind: element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase(),
        label: (element.closest('label') ?? element).textContent ?? '',
      }
    })
    if (kind === role && name.test(label)) return page.locator(':focus')
  }
  throw new Error(`never reached the ${role} ${String(name)} by Tab`)
}

test('everything works from the keyboard alone, with a visible focus', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  const nazarov = await tabTo(page, /Ravshan Nazarov/, 'checkbox')
  const outline = await nazarov.evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('Space')
  await expect(quoteCards(page)).toHaveCount(4)

  const showAll = await tabTo(page, /^Show all$/, 'button')
  await page.keyboard.press('Enter')
  await expect(quoteCards(page)).toHaveCount(6)
  await expect(showAll).toHaveAttribute('aria-disabled', 'true')
  await expect(showAll).toBeFocused()

  await tabTo(page, /^Хиву$/, 'button')
  await page.keyboard.press('Enter')
  const term = page.getByRole('button', { name: 'Хиву' })
  await expect(term).toHaveAttribute('aria-expanded', 'true')
  await page.keyboard.press('Escape')
  await expect(term).toBeFocused()

  await tabTo(page, /Translation and details/, 'button')
  await page.keyboard.press('Enter')
  await expect(
    quoteCards(page)
      .first()
      .getByRole('button', { name: /Translation/ }),
  ).toHaveAttribute('aria-expanded', 'true')
  await expectNoAxeViolations(page)
})

test('the language switch works with arrow keys', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  await page
    .getByRole('group', { name: 'Language' })
    .getByRole('radio', { name: 'English' })
    .focus()
  await page.keyboard.press('ArrowLeft')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  const focusedOption = page.locator('label:has(input:focus-visible)')
  await expect(focusedOption).toHaveCount(1)
  expect(await focusedOption.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none')
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
