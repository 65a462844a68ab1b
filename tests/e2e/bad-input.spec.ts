import {
  articlePath,
  disclosureOf,
  expect,
  languageLink,
  quoteCards,
  summary,
  test,
} from './fixtures.ts'

test('unknown speakers in the URL are ignored and the rest kept', async ({ page }) => {
  await page.goto(`${articlePath}?speaker=nobody,nazarov&lang=en`)
  await expect(quoteCards(page)).toHaveCount(4)
  await page.goto(`${articlePath}?speaker=nobody&lang=en`)
  await expect(quoteCards(page)).toHaveCount(6)
  await expect(page.getByRole('complementary').getByRole('status')).toHaveText(
    'Showing 6 of 6 quotes',
  )
})

test('an unknown language falls back, and URL text never becomes HTML', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs++
    void dialog.dismiss()
  })
  await page.goto(
    `${articlePath}?lang=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&speaker=%3Cscript%3Ealert(1)%3C/script%3E&notes=xx#%3Cimg%20src=x%20onerror=alert(1)%3E`,
  )
  await expect(quoteCards(page)).toHaveCount(6)
  await expect(page.locator('html')).toHaveAttribute('lang', /^(ru|en)$/)
  await expect(page.locator('img')).toHaveCount(0)
  await expect(page.locator('script', { hasText: 'alert' })).toHaveCount(0)
  expect(dialogs).toBe(0)
})

test('a hash naming no quote is ignored', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en#quote-q99`)
  await expect(quoteCards(page)).toHaveCount(6)
  const toggles = summary(quoteCards(page), /Translation and details/)
  await expect(toggles).toHaveCount(6)
  for (const toggle of await toggles.all())
    await expect(disclosureOf(toggle)).not.toHaveAttribute('open')
})

test('corrupt saved preferences are ignored', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('tandem:language', '{"broken'))
  await page.goto(articlePath)
  await expect(page.locator('html')).toHaveAttribute('lang', /^(ru|en)$/)
  await expect(quoteCards(page)).toHaveCount(6)
})

test('storage that throws changes nothing for the reader', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
  })
  await page.goto(`${articlePath}?lang=en`)
  await languageLink(page, 'Русский').click()
  // The choice can't be saved, so the address carries it: a reload stays Russian.
  await expect(page).toHaveURL(new RegExp(`${articlePath}\\?lang=ru$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await page.getByRole('checkbox', { name: /Равшан Назаров/ }).click()
  await expect(quoteCards(page)).toHaveCount(4)
  await expect(page).toHaveURL(/\?lang=ru&speaker=nazarov$/)
})
