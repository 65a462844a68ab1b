import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Locator, type Page } from '@playwright/test'

export const seedSlug = '2025-11-14-kazakhstan-uzbekistan'
/** The seed article's page (Russian; English under /en). */
export const articlePath = `/a/${seedSlug}/`

/** The seed's 16 paragraphs, straight from the source file the content was made from. */
export const sourceParagraphs = readFileSync(
  new URL('../../src/content/2025-11-14-kazakhstan-uzbekistan/source.txt', import.meta.url),
  'utf8',
)
  .replace(/^ date \d{4}-\d{2}-\d{2} /, '')
  .split('\n\n')

// Every test fails on a console error, an uncaught exception, or a request that leaves
// the page's own origin (fonts, CDNs, analytics are all out of bounds).
export const test = base.extend<{ guard: undefined; expectedConsoleErrors: RegExp[] }>({
  // A test that visits an address it expects to fail names the browser's report of it.
  expectedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const problems: string[] = []
      page.on('console', (message) => {
        const text = message.text()
        if (message.type() === 'error' && !expectedConsoleErrors.some((error) => error.test(text)))
          problems.push(`console.error: ${text}`)
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      page.on('request', (request) => {
        const url = request.url()
        if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:'))
          problems.push(`off-origin request: ${url}`)
      })
      await use(undefined)
      expect(problems).toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(
    results.violations.map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    })),
  ).toEqual([])
}

/** Every element `locator` matches is visible (scrolled to if it needs to be). */
export async function expectEachVisible(locator: Locator) {
  const count = await locator.count()
  expect(count).toBeGreaterThan(0)
  for (let i = 0; i < count; i++) await expect(locator.nth(i)).toBeVisible()
}

/** The visible quote cards. */
export function quoteCards(page: Page) {
  return page.getByRole('main').getByRole('figure')
}

/**
 * The toggle of a card or a passage translation, found by its text. It is a native
 * `<summary>`, which has no role in Playwright's role model (`getByRole('button')` does
 * not find it), so this is the one locator here that is not a role locator. Whether it
 * is open is its `<details>`' `open` attribute (see `disclosureOf`).
 */
export function summary(scope: Page | Locator, text: string | RegExp) {
  return scope.locator('summary', { hasText: text })
}

/** The `<details>` a summary opens and closes. */
export function disclosureOf(toggle: Locator) {
  return toggle.locator('xpath=..')
}

/** The language switch's link to `name`, on a page in either interface language. */
export function languageLink(page: Page, name: 'English' | 'Русский') {
  return page.getByRole('group', { name: /^(Language|Язык)$/ }).getByRole('link', { name })
}

/** The page's total layout shift so far (CLS without the session windows: any shift counts). */
export function layoutShift(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) =>
          resolve(
            list
              .getEntries()
              .reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0),
          ),
        ).observe({ type: 'layout-shift', buffered: true })
        // No entry at all: nothing has shifted.
        setTimeout(() => resolve(0), 500)
      }),
  )
}
