import { expect, expectNoAxeViolations, quoteCards, test, articlePath } from './fixtures.ts'

test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true })

for (const lang of ['ru', 'en'] as const) {
  test(`nothing scrolls sideways at 320 px (${lang})`, async ({ page }) => {
    await page.goto(`${articlePath}?lang=${lang}`)
    await page.getByRole('button', { name: /Expand all|Развернуть все/ }).click()
    await page.getByRole('button', { name: 'Хиву' }).tap()
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }))
    expect(widths.scroll).toBeLessThanOrEqual(widths.client)
    await expectNoAxeViolations(page)
  })

  test(`every reading mode, tool and language option shows whole at 320 px (${lang})`, async ({
    page,
  }) => {
    await page.goto(`${articlePath}?lang=${lang}`)
    const controls = page.locator('.choice-option, .article-tools button')
    expect(await controls.count()).toBeGreaterThanOrEqual(10)
    for (const control of await controls.all()) {
      // Within the page's margins, and not cut off by the rounded group it sits in.
      const name = await control.innerText()
      const box = (await control.boundingBox())!
      expect(box.x, name).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, name).toBeLessThanOrEqual(320 - 8)
      const clipped = await control.evaluate((element) => {
        const group = element.closest('.choice-options')
        if (!group) return false
        const inner = element.getBoundingClientRect()
        const outer = group.getBoundingClientRect()
        return inner.right > outer.right + 0.5 || inner.left < outer.left - 0.5
      })
      expect(clipped, name).toBe(false)
    }
  })
}

test('the sidebar sits above the article on a phone and filters by tap', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  const sidebar = page.getByRole('complementary', { name: 'Speakers' })
  const article = page.getByRole('article')
  const sidebarBox = (await sidebar.boundingBox())!
  const articleBox = (await article.boundingBox())!
  expect(sidebarBox.y + sidebarBox.height).toBeLessThanOrEqual(articleBox.y)
  await sidebar.getByText('Farkhod Tolipov').tap()
  await expect(quoteCards(page)).toHaveCount(2)
})
