import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { articlePath, expect, test } from './fixtures.ts'

/** The page printed to PDF by Chromium, as poppler's pdftotext reads it. */
async function printedText(page: Page): Promise<{ text: string; pages: number }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tandem-print-')), 'briefing.pdf')
  await page.pdf({ path: file, format: 'A4' })
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return { text: text.replace(/\s+/g, ' '), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) }
}

test('an article prints as a briefing: both languages, endnotes, a speaker index, no controls', async ({
  page,
}) => {
  await page.goto(`/en${articlePath}`)
  const { text, pages } = await printedText(page)
  expect(text).toContain('Political scientists:')
  expect(text).toContain('Published: November 14, 2025')
  expect(text).toContain('Source: Kazinform (https://www.inform.kz/ru/')
  // Every quote in Russian and in English, numbered for the index.
  for (const phrase of ['Несколько лет назад эти связи', 'Аналитики с 90-х годов говорят'])
    expect(text).toContain(phrase)
  for (const phrase of ['A few years ago these ties', 'Since the 1990s, analysts'])
    expect(text).toContain(phrase)
  expect(text).toMatch(/Quote 6 · Ravshan Nazarov/)
  // Reported speech and narration in both languages too.
  expect(text).toContain('По словам политолога')
  expect(text).toContain('According to political scientist')
  // The notes as numbered endnotes, in the notes language, that terms point to by number.
  expect(text).toMatch(/Glossary notes 1\. political scientist Language and usage A specialist/)
  expect(text).toMatch(/\d+\. Khiva Place An ancient city/)
  expect(text).toMatch(/политолога ?1/)
  expect(text).toMatch(
    /Index of speakers Farkhod Tolipov, political scientist — quotes 1, 2 Ravshan Nazarov, political scientist from Uzbekistan — quotes 3, 4, 5, 6/,
  )
  // Page numbers: "1 / 6" at the foot of each page.
  expect(pages).toBeGreaterThan(1)
  for (let n = 1; n <= pages; n++) expect(text).toMatch(new RegExp(` ${n} ?/ ?${pages} `))
  // No buttons, toggles, sidebar or site header.
  for (const control of [
    'Expand all',
    'Collapse all',
    'Print',
    'Show all',
    'Showing 6 of 6',
    'Reading mode',
    'Translation and details',
    'Copy citation',
    'Link to this quote',
    'Skip to article',
    'All articles',
    'Russian news with translation and notes',
  ])
    expect(text).not.toContain(control)
  // A passage's toggle, which on screen follows its reported-speech label (notes and the
  // footer use the words "English translation" too).
  expect(text).not.toMatch(/Reported speech: [\p{L} ]+ English translation/u)
})

test('printed from a Russian page, with English notes, the briefing says so in each', async ({
  page,
}) => {
  await page.goto(`${articlePath}?lang=ru&notes=en`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  // The notes language of the address is the app's to apply, once its code has arrived.
  await expect(page.getByRole('complementary').getByRole('status')).toHaveText(
    'Показано 6 из 6 цитат',
  )
  await expect(page.locator('#notes')).toHaveAttribute('data-lang', 'en')
  const { text } = await printedText(page)
  expect(text).toContain('Источник: Казинформ')
  expect(text).toMatch(/Цитата 1 · Фарход Толипов/)
  expect(text).toMatch(/Указатель спикеров Фарход Толипов, политолог — цитаты: 1, 2/)
  expect(text).toMatch(/Glossary notes 1\. political scientist/)
  expect(text).not.toContain('Развернуть все')
})

test('the Print button prints the page', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '')
  })
  await page.goto(`/en${articlePath}`)
  await page.getByRole('button', { name: 'Print' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-printed', '')
})

test('printed from the English mode, each block still sets its Russian beside its English', async ({
  page,
}) => {
  await page.goto(`/en${articlePath}?view=en`)
  await expect(page.locator('html')).toHaveAttribute('data-view', 'en')
  const { text } = await printedText(page)
  // Side by side, pdftotext reads the two columns line by line: a Russian line, then the
  // English beside it. Were the English set above its Russian, they would not share lines.
  expect(text).toMatch(
    /По словам политолога ?1 Фархода Толипова ?2 ?, According to political scientist ?1/,
  )
})
