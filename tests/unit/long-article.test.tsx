import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { Reader } from '../../src/app/reader.tsx'
import { articles } from '../../src/content/articles.ts'
import { createI18n } from '../../src/i18n/i18n.ts'
import { InterfaceLanguageProvider } from '../../src/i18n/interface-language.tsx'
import { en } from '../../src/i18n/locales/en.ts'
import { ru } from '../../src/i18n/locales/ru.ts'
import { scaleArticle } from '../bench/scale-article.ts'

// Past 100 blocks the reader shows an article in groups of blocks (article-body.tsx);
// a reader must not be able to tell, whatever the filter.
const entry = articles[0]!
const seed = { ...(await entry.loadCore()), ...(await entry.loadExtras()) }
const { content } = scaleArticle(seed, 8, 4, 20)
const { notes, translations, ...core } = content

function openLongArticle() {
  window.history.replaceState(null, '', '/?lang=en')
  render(
    <InterfaceLanguageProvider i18n={createI18n('en', { ru, en })}>
      <Reader content={core} loadExtras={() => Promise.resolve({ notes, translations })} />
    </InterfaceLanguageProvider>,
  )
  return userEvent.setup()
}

test('a long article shows every paragraph in order, and its filter hides whole stretches', async () => {
  const user = openLongArticle()
  const article = screen.getByRole('article')
  const paragraphs = within(article).getAllByText((_, element) =>
    Boolean(element?.matches('p[lang="ru"], blockquote[lang="ru"] > p')),
  )
  expect(paragraphs.map((p) => p.textContent)).toEqual(content.article.paragraphs)
  expect(screen.getAllByRole('figure')).toHaveLength(content.quotes.length)

  await user.click(screen.getByRole('checkbox', { name: /^Speaker 2(?!\d)/ }))
  const shown = content.quotes.filter((quote) => quote.speakerId === 'speaker-2')
  expect(screen.getAllByRole('figure')).toHaveLength(shown.length)
  for (const figure of screen.getAllByRole('figure'))
    expect(within(figure).getByText('Speaker 2')).toBeVisible()
})
