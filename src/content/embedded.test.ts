import { expect, test } from 'vitest'
import { articles } from './articles.ts'
import { embedData, readEmbeddedData } from './embedded.ts'

const content = articles[0]!

test('the embedded content reads back exactly', () => {
  document.body.innerHTML = embedData(content)
  expect(readEmbeddedData<typeof content>(document)).toEqual(content)
})

test('text that looks like markup cannot close the script element', () => {
  const hostile = {
    ...content,
    article: { ...content.article, paragraphs: ['</script><img src=x>'] },
  }
  const html = embedData(hostile)
  expect(html.match(/<\/script>/g)).toHaveLength(1)
  document.body.innerHTML = html
  expect(readEmbeddedData<typeof content>(document)?.article.paragraphs).toEqual([
    '</script><img src=x>',
  ])
  expect(document.querySelector('img')).toBeNull()
})

test('a missing or corrupt embed reads as nothing', () => {
  document.body.innerHTML = ''
  expect(readEmbeddedData<typeof content>(document)).toBeNull()
  document.body.innerHTML =
    '<script type="application/json" id="tandem-page-data">{"broken</script>'
  expect(readEmbeddedData<typeof content>(document)).toBeNull()
})
