import {
  disclosureOf,
  expect,
  expectNoAxeViolations,
  quoteCards,
  summary,
  test,
} from './fixtures.ts'

// tests/fixtures/library holds an article imported with `npm run import` (an invented
// text from the importer's fixtures), added to the end-to-end build as a draft.
const draftPath = '/a/2025-03-04-water-schedule/'

test('a draft is listed as untranslated, after newer articles', async ({ page }) => {
  await page.goto('/en/')
  const items = page.getByRole('main').getByRole('listitem')
  await expect(items).toHaveCount(2)
  await expect(items.first()).toContainText('Political scientists')
  const draft = items.nth(1)
  await expect(draft).toContainText('Untranslated')
  await expect(draft).toContainText('Speakers: Бакыт Эсенбаев, Динара Сейтказиева')
  await expect(draft.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'ru')
  await expect(draft.locator('time')).toHaveText('March 4, 2025')
  // Its headline is its lead's first sentence (the importer had no other): shown once.
  await expect(draft.getByText(/^По мнению директора Центра/)).toHaveCount(1)
  await expectNoAxeViolations(page)
})

test('a draft reads as Russian-only, with its quotes, speakers and filter', async ({ page }) => {
  await page.goto(`/en${draftPath}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'ru')
  await expect(page.getByText('Draft: not translated yet')).toBeVisible()
  await expect(quoteCards(page)).toHaveCount(3)
  await expect(page.getByRole('complementary').getByRole('status')).toHaveText(
    'Showing 3 of 3 quotes',
  )
  // Nothing to translate into or annotate yet: no translation toggles, no notes language.
  await expect(summary(page, 'English translation')).toHaveCount(0)
  await expect(summary(page, /Translation and details/)).toHaveCount(3)
  await expect(page.getByRole('group', { name: 'Glossary notes' })).toHaveCount(0)

  // The «quote» inside a paragraph is a card of its own, attributed to its speaker.
  const inline = quoteCards(page).filter({ hasText: '«Когда у всех на руках одни и те же цифры' })
  await expect(inline.locator('figcaption')).toContainText('Бакыт Эсенбаев')

  const first = quoteCards(page).first()
  const toggle = summary(first, /Translation and details/)
  await toggle.click()
  await expect(disclosureOf(toggle)).toHaveAttribute('open')
  await expect(first).toContainText('Not translated yet.')
  await expect(first).toContainText('— сказал Б.Эсенбаев.')
  await expect(first.locator('dd').first()).toHaveText(
    'Бакыт Эсенбаев, директор Центра водных исследований «Ак-Суу»',
  )
  await expectNoAxeViolations(page)

  const sidebar = page.getByRole('complementary', { name: 'Speakers' })
  await sidebar.getByRole('checkbox', { name: /Динара Сейтказиева/ }).click()
  await expect(quoteCards(page)).toHaveCount(1)
  await expect(page).toHaveURL(/\?speaker=seytkazieva$/)
})
