import { act, screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { renderReader } from './render-reader.tsx'

function quoteCards() {
  return screen.getAllByRole('figure')
}

test('shows the article with its six quote cards collapsed, Russian text in full', () => {
  renderReader({ lng: 'ru' })
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
    'Политологи: отношения Казахстана и Узбекистана строятся на взаимном доверии',
  )
  expect(screen.getByText('14 ноября 2025 г.')).toHaveAttribute('datetime', '2025-11-14')
  expect(quoteCards()).toHaveLength(6)
  const first = quoteCards()[0]!
  expect(within(first).getByRole('blockquote')).toHaveAttribute('lang', 'ru')
  expect(within(first).getByRole('blockquote')).toHaveTextContent(
    /^— Несколько лет назад .* доверия, — сказал Ф\.Толипов\.$/,
  )
  expect(within(first).getByRole('button', { name: /Перевод и подробности/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  expect(within(first).queryByText(/A few years ago/)).not.toBeInTheDocument()
})

test('expanding a card shows its translation, speaker and attribution', async () => {
  const { user } = renderReader({ lng: 'en' })
  const card = quoteCards()[2]!
  await user.click(within(card).getByRole('button', { name: /Translation and details/ }))
  expect(within(card).getByRole('button', { name: /Translation and details/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  const translation = await within(card).findByText(/At the heart of this activity/)
  expect(translation).toBeVisible()
  expect(translation).toHaveAttribute('lang', 'en')
  expect(within(card).getByText('«узбекистанский политолог Равшан Назаров»')).toBeVisible()
})

test('expand all and collapse all act on every card', async () => {
  const { user } = renderReader({ lng: 'en' })
  await user.click(screen.getByRole('button', { name: 'Expand all' }))
  for (const card of quoteCards())
    expect(within(card).getByRole('button', { name: /Translation/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
  await user.click(screen.getByRole('button', { name: 'Collapse all' }))
  for (const card of quoteCards())
    expect(within(card).getByRole('button', { name: /Translation/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    )
})

test('filters quotes by speaker, announces the count and writes it to the URL', async () => {
  const { user } = renderReader({ lng: 'en' })
  const sidebar = screen.getByRole('complementary', { name: 'Speakers' })
  expect(within(sidebar).getByRole('status')).toHaveTextContent('Showing 6 of 6 quotes')

  await user.click(within(sidebar).getByRole('checkbox', { name: /Ravshan Nazarov/ }))
  expect(quoteCards()).toHaveLength(4)
  expect(within(sidebar).getByRole('status')).toHaveTextContent('Showing 4 of 6 quotes')
  expect(window.location.search).toBe('?speaker=nazarov')
  // Farkhod Tolipov's reported speech follows the filter too.
  const tolipovPassages = screen.getAllByText('Reported speech: Farkhod Tolipov')
  expect(tolipovPassages).toHaveLength(3)
  for (const label of tolipovPassages) expect(label).not.toBeVisible()
  expect(screen.getAllByText('Reported speech: Ravshan Nazarov')[0]).toBeVisible()

  await user.click(within(sidebar).getByRole('checkbox', { name: /Farkhod Tolipov/ }))
  expect(window.location.search).toBe('?speaker=tolipov,nazarov')
  await user.click(within(sidebar).getByRole('button', { name: 'Show all' }))
  expect(window.location.search).toBe('')
  expect(quoteCards()).toHaveLength(6)
})

test('Back and Forward step through filter changes', async () => {
  const { user } = renderReader({ lng: 'en' })
  await user.click(screen.getByRole('checkbox', { name: /Farkhod Tolipov/ }))
  expect(quoteCards()).toHaveLength(2)
  await act(async () => {
    window.history.back()
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
  })
  expect(quoteCards()).toHaveLength(6)
  expect(screen.getByRole('checkbox', { name: /Farkhod Tolipov/ })).not.toBeChecked()
})

test('a shared link reproduces the filter and opens the linked quote', () => {
  renderReader({ url: '/?speaker=nazarov,unknown&lang=en#quote-q5' })
  expect(quoteCards()).toHaveLength(4)
  expect(screen.getByRole('checkbox', { name: /Ravshan Nazarov/ })).toBeChecked()
  const linked = quoteCards()[2]!
  expect(within(linked).getByRole('button', { name: /Translation/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
})

test('switching the interface language changes every string, the date and <html lang>', async () => {
  const { user } = renderReader({ lng: 'ru' })
  expect(document.documentElement).toHaveAttribute('lang', 'ru')
  await user.click(
    within(screen.getByRole('group', { name: 'Язык' })).getByRole('radio', { name: 'English' }),
  )
  // The page follows in a transition: the new strings and <html lang> arrive together.
  expect(await screen.findByText('November 14, 2025')).toBeInTheDocument()
  expect(document.documentElement).toHaveAttribute('lang', 'en')
  expect(screen.getByRole('complementary', { name: 'Speakers' })).toBeInTheDocument()
  expect(screen.getByRole('group', { name: 'Glossary notes' })).toBeInTheDocument()
  expect(window.location.search).toBe('?lang=en')
  expect(localStorage.getItem('tandem:language')).toBe('en')
})

test('the language comes from the URL, else storage, else the browser', () => {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('ru-RU')
  renderReader()
  expect(screen.getByRole('group', { name: 'Язык' })).toBeInTheDocument()
})

test('an unknown ?lang= and corrupt storage fall back to the browser language', () => {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB')
  localStorage.setItem('tandem:language', '%%%')
  renderReader({ url: '/?lang=<b>de</b>' })
  expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument()
  expect(document.body).not.toContainHTML('<b>de</b>')
})

test('reading and switching work when storage throws', async () => {
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError')
  })
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError')
  })
  const { user } = renderReader({ url: '/?lang=en' })
  await user.click(
    within(screen.getByRole('group', { name: 'Language' })).getByRole('radio', { name: 'Русский' }),
  )
  expect(await screen.findByRole('complementary', { name: 'Спикеры' })).toBeInTheDocument()
})

test('a glossary term opens its note; Escape closes it and returns focus to the term', async () => {
  const { user } = renderReader({ lng: 'en' })
  const term = screen.getByRole('button', { name: 'Хиву' })
  expect(term).toHaveAttribute('aria-expanded', 'false')
  await user.click(term)
  expect(term).toHaveAttribute('aria-expanded', 'true')
  expect(await screen.findByText(/An ancient city in Uzbekistan/)).toBeVisible()
  const note = screen.getByRole('note')
  expect(term).toHaveAttribute('aria-controls', note.id)
  expect(note).toHaveAttribute('lang', 'en')
  expect(note).toHaveTextContent(/Khiva/)

  await user.keyboard('{Escape}')
  expect(term).toHaveAttribute('aria-expanded', 'false')
  expect(screen.queryByRole('note')).not.toBeInTheDocument()
  expect(term).toHaveFocus()
})

test('Enter opens a note from the keyboard and a second term closes the first', async () => {
  const { user } = renderReader({ lng: 'ru' })
  const khiva = screen.getByRole('button', { name: 'Хиву' })
  khiva.focus()
  await user.keyboard('{Enter}')
  expect(khiva).toHaveAttribute('aria-expanded', 'true')
  await user.click(screen.getByRole('button', { name: 'неофициального визита' }))
  expect(khiva).toHaveAttribute('aria-expanded', 'false')
})

test('the notes toggle switches the notes language and defaults to the interface language', async () => {
  const { user } = renderReader({ lng: 'ru' })
  const notes = screen.getByRole('group', { name: 'Глоссарий' })
  expect(within(notes).getByRole('radio', { name: 'Русский' })).toBeChecked()
  await user.click(within(notes).getByRole('radio', { name: 'English' }))
  expect(window.location.search).toBe('?notes=en')
  const term = screen.getByRole('button', { name: 'Хиву' })
  await user.click(term)
  expect(await screen.findByText(/An ancient city in Uzbekistan/)).toBeVisible()
  expect(screen.getByRole('note')).toHaveAttribute('lang', 'en')
  expect(screen.getByRole('complementary', { name: 'Спикеры' })).toBeInTheDocument()
})

test('the document title is the headline in the interface language', async () => {
  const { user } = renderReader({ lng: 'ru' })
  expect(document.title).toBe(
    'Политологи: отношения Казахстана и Узбекистана строятся на взаимном доверии — Tandem',
  )
  await user.click(
    within(screen.getByRole('group', { name: 'Язык' })).getByRole('radio', { name: 'English' }),
  )
  await waitFor(() => expect(document.title).toMatch(/^Political scientists: .* — Tandem$/))
})
