import type { Page } from '@playwright/test'
import { articlePath, expect, test } from './fixtures.ts'

// Every page carries a Content-Security-Policy (a <meta> the build writes): nothing but the
// page's own origin, scripts by hash or from the origin. A page that broke its own policy
// (a head script whose hash is stale, an inline handler, a font from elsewhere) would be
// stopped by the browser, and this says so.

/** Records every CSP violation the page reports, from before its first script. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    )
  })
  const consoleReports: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleReports.push(message.text())
  })
  return {
    violations: () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    consoleReports,
  }
}

async function expectPolicy(page: Page) {
  const policy = page.locator('meta[http-equiv="Content-Security-Policy"]')
  await expect(policy).toHaveCount(1)
  const content = (await policy.getAttribute('content')) ?? ''
  expect(content).toContain("default-src 'self'")
  expect(content).toMatch(/script-src 'self' 'sha256-[\w+/=]+'/)
  expect(content).not.toMatch(/script-src[^;]*'unsafe-inline'/)
}

test.describe('pages that exist', () => {
  test.use({ locale: 'ru-RU' })

  for (const path of ['/', '/en/', articlePath, `/en${articlePath}`]) {
    test(`${path} has its policy and breaks none of it`, async ({ page }) => {
      const watch = await watchViolations(page)
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      await expectPolicy(page)
      await expect(page.locator('html')).toHaveClass(/\bjs\b/)
      if (path.includes('/a/')) {
        // The app's code and the head script at work: the filter, a note, every card.
        await page.getByRole('checkbox').first().click()
        await page.getByRole('button', { name: /^(Expand all|Развернуть все)$/ }).click()
        await page.getByRole('button', { name: 'Хиву' }).click()
        await expect(page.getByRole('note', { name: /^(Khiva|Хива)$/ })).toBeVisible()
      }
      expect(await watch.violations()).toEqual([])
      expect(watch.consoleReports).toEqual([])
    })
  }
})

test.describe('a page not found', () => {
  test.use({ expectedConsoleErrors: [/the server responded with a status of 404/] })

  for (const path of ['/a/no-such-article/', '/en/a/no-such-article/']) {
    test(`${path} has its policy and breaks none of it`, async ({ page }) => {
      const watch = await watchViolations(page)
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await page.waitForLoadState('networkidle')
      await expectPolicy(page)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        /^(Page not found|Страница не найдена)$/,
      )
      expect(await watch.violations()).toEqual([])
      expect(watch.consoleReports).toEqual([])
    })
  }
})

test.describe('a script the policy does not allow', () => {
  test.use({ expectedConsoleErrors: [/Content Security Policy/] })

  test('is stopped, and the watch above sees it', async ({ page }) => {
    const watch = await watchViolations(page)
    await page.goto(`/en${articlePath}`)
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'document.title = "injected"'
      document.head.append(script)
    })
    await expect.poll(watch.violations).toEqual(['script-src-elem blocked inline'])
    await expect(page).not.toHaveTitle('injected')
    expect(watch.consoleReports).toHaveLength(1)
  })
})
