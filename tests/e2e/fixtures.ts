import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

/** The seed's 16 paragraphs, straight from the source file the content was made from. */
export const sourceParagraphs = readFileSync(
  new URL('../../src/content/2025-11-14-kazakhstan-uzbekistan/source.txt', import.meta.url),
  'utf8',
)
  .replace(/^ date \d{4}-\d{2}-\d{2} /, '')
  .split('\n\n')

// Every test fails on a console error, an uncaught exception, or a request that leaves
// the page's own origin (fonts, CDNs, analytics are all out of bounds).
export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`)
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

/** The visible quote cards. */
export function quoteCards(page: Page) {
  return page.getByRole('main').getByRole('figure')
}
