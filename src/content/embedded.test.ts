import { expect, test } from 'vitest'
import { articles } from './articles.ts'
import { embedContent, readEmbeddedContent } from './embedded.ts'

const core = await articles[0]!.loadCore()

test('the embedded content reads back exactly', () => {
  document.body.innerHTML = embedContent(core)
  expect(readEmbeddedContent(document)).toEqual(core)
})

test('text that looks like markup cannot close the script element', () => {
  const hostile = { ...core, article: { ...core.article, paragraphs: ['</script><img src=x>'] } }
  const html = embedContent(hostile)
  expect(html.match(/<\/script>/g)).toHaveLength(1)
  document.body.innerHTML = html
  expect(readEmbeddedContent(document)?.article.paragraphs).toEqual(['</script><img src=x>'])
  expect(document.querySelector('img')).toBeNull()
})

test('a missing or corrupt embed reads as nothing', () => {
  document.body.innerHTML = ''
  expect(readEmbeddedContent(document)).toBeNull()
  document.body.innerHTML = '<script type="application/json" id="tandem-article">{"broken</script>'
  expect(readEmbeddedContent(document)).toBeNull()
})
