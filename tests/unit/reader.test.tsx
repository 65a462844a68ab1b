import { act, screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { articles } from '../../src/content/articles.ts'
import { scaleArticle } from '../bench/scale-article.ts'
import { renderReader } from './render-reader.tsx'

function filterStatus() {
  return within(screen.getByRole('complementary', { name: /Speakers|Спикеры/ })).getByRole('status')
}

function quoteCards() {
  return screen.getAllByRole('figure')
}

// A card's translation and details are a native disclosure: a <details> (role group),
// opened by its <summary>, which has no ARIA role of its own.
function cardDetails(card: HTMLElement) {
  return within(card).getByRole('group')
}

test('shows the article with its six quote cards collapsed, Russian text in full', () => {
  renderReader({ lng: 'ru' })
  expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'ru')
  expect(screen.getByText('14 ноября 2025 г.')).toHaveAttribute('datetime', '2025-11-14')
  expect(quoteCards()).toHaveLength(6)
  const first = quoteCards()[0]!
  expect(within(first).getByRole('blockquote')).toHaveAttribute('lang', 'ru')
  expect(within(first).getByRole('blockquote')).toHaveTextContent(
    /^— Несколько лет назад .* доверия, — сказал Ф\.Толипов\.$/,
  )
  expect(cardDetails(first)).not.toHaveAttribute('open')
  expect(within(cardDetails(first)).getByText(/A few years ago/)).not.toBeVisible()
})

test('opening a card shows its translation, speaker and attribution', async () => {
  const { user } = renderReader({ lng: 'en' })
  const card = quoteCards()[2]!
  await user.click(within(card).getByText('Translation and details'))
  expect(cardDetails(card)).toHaveAttribute('open')
  const translation = within(cardDetails(card)).getByText(/At the heart of this activity/)
  expect(translation).toBeVisible()
  expect(translation).toHaveAttribute('lang', 'en')
  expect(within(card).getByText('«узбекистанский политолог Равшан Назаров»')).toBeVisible()
})

test('names the source as a link to the original', () => {
  renderReader({ lng: 'en' })
  const source = screen.getByRole('link', { name: 'Kazinform' })
  expect(source).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.inform\.kz\/ru\//))
  expect(source).toHaveAttribute('hreflang', 'ru')
  expect(screen.getByText(/^Source:/)).toHaveTextContent('Source: Kazinform')
})

test('filters quotes by speaker: the URL and the announced count follow the boxes', async () => {
  const { user } = renderReader({ lng: 'en' })
  const sidebar = screen.getByRole('complementary', { name: 'Speakers' })
  expect(within(sidebar).getByRole('status')).toHaveTextContent('Showing 6 of 6 quotes')

  await user.click(within(sidebar).getByRole('checkbox', { name: /Ravshan Nazarov/ }))
  expect(within(sidebar).getByRole('status')).toHaveTextContent('Showing 4 of 6 quotes')
  expect(window.location.search).toBe('?speaker=nazarov')
  // The boxes hide the rest (their CSS), reported speech included.
  expect(quoteCards()).toHaveLength(4)
  const tolipovPassages = screen.getAllByText('Reported speech: Farkhod Tolipov')
  expect(tolipovPassages).toHaveLength(3)
  for (const label of tolipovPassages) expect(label).not.toBeVisible()
  expect(screen.getAllByText('Reported speech: Ravshan Nazarov')[0]).toBeVisible()

  await user.click(within(sidebar).getByRole('checkbox', { name: /Farkhod Tolipov/ }))
  expect(window.location.search).toBe('?speaker=tolipov,nazarov')
  await user.click(within(sidebar).getByRole('button', { name: 'Show all' }))
  expect(window.location.search).toBe('')
  for (const box of within(sidebar).getAllByRole('checkbox')) expect(box).not.toBeChecked()
  expect(quoteCards()).toHaveLength(6)
  expect(within(sidebar).getByRole('status')).toHaveTextContent('Showing 6 of 6 quotes')
})

test('Back and Forward step through filter changes', async () => {
  const { user } = renderReader({ lng: 'en' })
  const tolipov = screen.getByRole('checkbox', { name: /Farkhod Tolipov/ })
  await user.click(tolipov)
  expect(tolipov).toBeChecked()
  expect(quoteCards()).toHaveLength(2)
  await act(async () => {
    window.history.back()
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
  })
  expect(tolipov).not.toBeChecked()
  expect(quoteCards()).toHaveLength(6)
  expect(filterStatus()).toHaveTextContent('Showing 6 of 6 quotes')
})

test('a shared link reproduces the filter and opens the linked quote', () => {
  renderReader({ url: '/?speaker=nazarov,unknown#quote-q5', lng: 'en' })
  expect(screen.getByRole('checkbox', { name: /Ravshan Nazarov/ })).toBeChecked()
  expect(screen.getByRole('checkbox', { name: /Farkhod Tolipov/ })).not.toBeChecked()
  expect(filterStatus()).toHaveTextContent('Showing 4 of 6 quotes')
  expect(quoteCards()).toHaveLength(4)
  expect(cardDetails(quoteCards()[2]!)).toHaveAttribute('open')
  expect(cardDetails(quoteCards()[1]!)).not.toHaveAttribute('open')
})

test('the page speaks its own interface language, and links to the same view in the other', () => {
  renderReader({ url: '/a/2025-11-14-kazakhstan-uzbekistan/?speaker=nazarov', lng: 'ru' })
  const languages = screen.getByRole('group', { name: 'Язык' })
  expect(within(languages).getByRole('link', { name: 'Русский' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  const english = within(languages).getByRole('link', { name: 'English' })
  expect(english).not.toHaveAttribute('aria-current')
  expect(english).toHaveAttribute('hreflang', 'en')
  expect(english).toHaveAttribute('href', '/en/a/2025-11-14-kazakhstan-uzbekistan/?speaker=nazarov')
  expect(screen.getByRole('complementary', { name: 'Спикеры' })).toBeInTheDocument()
  expect(screen.getByText('14 ноября 2025 г.')).toBeInTheDocument()
})

test('URL text never becomes markup, and unknown values fall back', () => {
  renderReader({ url: '/?speaker=<img src=x onerror=alert(1)>&notes=<b>de</b>', lng: 'en' })
  expect(screen.queryByRole('img')).not.toBeInTheDocument()
  expect(document.body).not.toContainHTML('<b>de</b>')
  expect(filterStatus()).toHaveTextContent('Showing 6 of 6 quotes')
  const notes = screen.getByRole('group', { name: 'Glossary notes' })
  expect(within(notes).getByRole('radio', { name: 'English' })).toBeChecked()
})

// A note is a closed popover until its term opens it (jsdom opens none: end-to-end tests do).
function noteOf(term: HTMLElement) {
  const notes = screen.getAllByRole('note', { hidden: true })
  const note = notes.find((candidate) => candidate.id === term.getAttribute('popovertarget'))
  if (!note) throw new Error(`no note for the term "${term.textContent}"`)
  return note
}

test('each glossary term is a button for its note, a popover in the notes language', () => {
  renderReader({ lng: 'en' })
  const note = noteOf(screen.getByRole('button', { name: 'Хиву' }))
  expect(note).toHaveAttribute('popover', 'auto')
  expect(note).toHaveAttribute('lang', 'en')
  expect(note).toHaveTextContent(/6\. Khiva Place/)
})

test('the notes language is its own choice, kept in the URL, kind labels included', async () => {
  const { user } = renderReader({ lng: 'ru' })
  const notes = screen.getByRole('group', { name: 'Глоссарий' })
  expect(within(notes).getByRole('radio', { name: 'Русский' })).toBeChecked()
  await user.click(within(notes).getByRole('radio', { name: 'English' }))
  expect(window.location.search).toBe('?notes=en')
  const note = noteOf(screen.getByRole('button', { name: 'Хиву' }))
  expect(note).toHaveAttribute('lang', 'en')
  expect(note).toHaveTextContent(/6\. Khiva Place/)
  // The interface stays Russian.
  expect(screen.getByRole('complementary', { name: 'Спикеры' })).toBeInTheDocument()
})

test('copies a quote as a citation, and confirms it politely', async () => {
  const { user } = renderReader({ url: '/en/a/2025-11-14-kazakhstan-uzbekistan/', lng: 'en' })
  const card = quoteCards()[0]!
  await user.click(within(card).getByText('Translation and details'))
  await user.click(within(card).getByRole('button', { name: /^Copy citation/ }))
  expect(within(card).getByRole('status')).toHaveTextContent('Citation copied')
  const copied = await navigator.clipboard.readText()
  expect(copied).toMatch(/^— Несколько лет назад .*\n“A few years ago/s)
  expect(copied).toContain('— Farkhod Tolipov, political scientist. Kazinform, November 14, 2025.')
  expect(copied).toMatch(/\/en\/a\/2025-11-14-kazakhstan-uzbekistan\/#quote-q1$/)
})

test('where the clipboard refuses, the citation is selected in place to copy by hand', async () => {
  const { user } = renderReader({ lng: 'ru' })
  vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
    new DOMException('no', 'NotAllowedError'),
  )
  const card = quoteCards()[1]!
  await user.click(within(card).getByText('Перевод и подробности'))
  await user.click(within(card).getByRole('button', { name: /^Скопировать цитату/ }))
  expect(within(card).getByRole('status')).toHaveTextContent(/Не удалось скопировать/)
  const text = within(card).getByRole('textbox', { name: 'Цитата для копирования' })
  expect(text).toHaveFocus()
  expect(text).toHaveDisplayValue(/Фарход Толипов, политолог/)
})

test('the reading mode is a link per mode, kept in the URL and on <html data-view>', async () => {
  const { user } = renderReader({ url: '/en/a/2025-11-14-kazakhstan-uzbekistan/', lng: 'en' })
  const modes = screen.getByRole('group', { name: 'Reading mode' })
  expect(within(modes).getByRole('link', { name: 'Russian' })).toHaveAttribute(
    'aria-current',
    'true',
  )
  const parallel = within(modes).getByRole('link', { name: 'Side by side' })
  expect(parallel).toHaveAttribute('href', '/en/a/2025-11-14-kazakhstan-uzbekistan/?view=parallel')

  await user.click(parallel)
  expect(window.location.search).toBe('?view=parallel')
  expect(parallel).toHaveAttribute('aria-current', 'true')
  expect(document.documentElement).toHaveAttribute('data-view', 'parallel')

  await user.click(within(modes).getByRole('link', { name: 'Russian' }))
  expect(window.location.search).toBe('')
  expect(document.documentElement).not.toHaveAttribute('data-view')
})

test('a filter or notes language chosen in another mode keeps the mode', async () => {
  const { user } = renderReader({
    url: '/en/a/2025-11-14-kazakhstan-uzbekistan/?view=en',
    lng: 'en',
  })
  const english = within(screen.getByRole('group', { name: 'Reading mode' })).getByRole('link', {
    name: 'English',
  })
  const sidebar = screen.getByRole('complementary', { name: 'Speakers' })
  await user.click(within(sidebar).getByRole('checkbox', { name: /Ravshan Nazarov/ }))
  expect(window.location.search).toBe('?view=en&speaker=nazarov')
  expect(within(sidebar).getByRole('status')).toHaveTextContent('Showing 4 of 6 quotes')

  await user.click(screen.getByRole('radio', { name: 'Русский' }))
  expect(window.location.search).toBe('?view=en&speaker=nazarov&notes=ru')
  expect(english).toHaveAttribute('aria-current', 'true')
  expect(document.documentElement).toHaveAttribute('data-view', 'en')

  // The notes language replaces its entry; Back undoes the filter, not the mode.
  await act(async () => {
    window.history.back()
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
  })
  expect(window.location.search).toBe('?view=en')
  expect(within(sidebar).getByRole('status')).toHaveTextContent('Showing 6 of 6 quotes')
  expect(english).toHaveAttribute('aria-current', 'true')
})

test('the language links carry the mode chosen', async () => {
  const { user } = renderReader({ url: '/en/a/2025-11-14-kazakhstan-uzbekistan/', lng: 'en' })
  const modes = screen.getByRole('group', { name: 'Reading mode' })
  await user.click(within(modes).getByRole('link', { name: 'Side by side' }))
  expect(screen.getByRole('link', { name: 'Русский' })).toHaveAttribute(
    'href',
    '/a/2025-11-14-kazakhstan-uzbekistan/?view=parallel',
  )
})

test('in English mode the English text marks its glossary terms too', () => {
  renderReader({ url: '/?view=en', lng: 'en' })
  const term = screen.getByRole('button', { name: 'Khiva' })
  expect(term).toHaveAttribute(
    'popovertarget',
    noteOf(screen.getByRole('button', { name: 'Хиву' })).id,
  )
  expect(screen.getByRole('group', { name: 'Reading mode' })).toBeInTheDocument()
})

test('a long article shows every paragraph and quote card, in order', async () => {
  // Seven times the seed: 112 blocks, past the length at which blocks come in groups.
  const { content: article } = scaleArticle(articles[0]!, 7, 4, 20)
  const { user } = renderReader({ lng: 'en', article })
  expect(quoteCards()).toHaveLength(article.quotes.length)
  // Every paragraph of the Russian, in order: each found after the one before it.
  const text = screen.getByRole('article').textContent
  let from = 0
  for (const paragraph of article.article.paragraphs) {
    const at = text.indexOf(paragraph, from)
    expect(at, paragraph).toBeGreaterThanOrEqual(from)
    from = at + paragraph.length
  }
  // The last card opens like the first.
  const last = quoteCards().at(-1)!
  await user.click(within(last).getByText(/Translation and details/))
  expect(cardDetails(last)).toHaveAttribute('open')
})
