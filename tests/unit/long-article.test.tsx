import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { articles } from '../../src/content/articles.ts'
import { scaleArticle } from '../bench/scale-article.ts'
import { renderReader } from './render-reader.tsx'

// Past 100 blocks the reader shows an article in groups of blocks (article-body.tsx);
// a reader must not be able to tell, whatever the filter.
const entry = articles[0]!
const seed = { ...(await entry.loadCore()), ...(await entry.loadExtras()) }
const { content } = scaleArticle(seed, 8, 4, 20)
const { notes, translations, ...core } = content

test('a long article shows every paragraph in order, and its filter hides whole stretches', async () => {
  const { user } = renderReader({
    url: '/?lang=en',
    article: { content: core, loadExtras: () => Promise.resolve({ notes, translations }) },
  })
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
