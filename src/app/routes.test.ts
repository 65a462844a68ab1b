import { expect, test } from 'vitest'
import { oldArticleLink, pageInLanguage, pathInLanguage, pathOf, routeOf } from './routes.ts'

const slugs = ['2025-11-14-kazakhstan-uzbekistan', '2026-01-20-water']

test('paths in each language: Russian at the root, English under /en/', () => {
  expect(pathInLanguage('/', 'en')).toBe('/en/')
  expect(pathInLanguage('/en/', 'ru')).toBe('/')
  expect(pathInLanguage('/en', 'ru')).toBe('/')
  expect(pathInLanguage('/a/water/', 'en')).toBe('/en/a/water/')
  expect(pathInLanguage('/en/a/water/', 'en')).toBe('/en/a/water/')
  expect(pathInLanguage('/enough/', 'en')).toBe('/en/enough/')
  expect(pathInLanguage('/enough/', 'ru')).toBe('/enough/')
})

test('routes: the library, known articles in either language, and not-found', () => {
  expect(routeOf('/', slugs)).toEqual({ kind: 'home' })
  expect(routeOf('/en/', slugs)).toEqual({ kind: 'home' })
  expect(routeOf('/index.html', slugs)).toEqual({ kind: 'home' })
  expect(routeOf('/a/2026-01-20-water/', slugs)).toEqual({
    kind: 'article',
    slug: '2026-01-20-water',
  })
  expect(routeOf('/en/a/2026-01-20-water', slugs)).toEqual({
    kind: 'article',
    slug: '2026-01-20-water',
  })
  expect(routeOf('/a/2026-01-20-water/index.html', slugs)).toMatchObject({ kind: 'article' })
  for (const path of ['/a/unknown/', '/a/', '/a/Water/', '/about', '/en/a/../x', '/a/<b>/'])
    expect(routeOf(path, slugs)).toEqual({ kind: 'not-found' })
})

test('pathOf is the inverse of routeOf', () => {
  for (const lang of ['ru', 'en'] as const)
    for (const route of [{ kind: 'home' as const }, { kind: 'article' as const, slug: slugs[1]! }])
      expect(routeOf(pathOf(route, lang), slugs)).toEqual(route)
})

test('old links to the first article, made when it was the home page, still open it', () => {
  const article = '/a/2025-11-14-kazakhstan-uzbekistan/'
  expect(oldArticleLink({ search: '?speaker=nazarov', hash: '#quote-q5' }, article)).toBe(
    `${article}?speaker=nazarov#quote-q5`,
  )
  expect(oldArticleLink({ search: '?lang=en', hash: '' }, article)).toBe(`${article}?lang=en`)
  expect(oldArticleLink({ search: '', hash: '#quote-q1' }, article)).toBe(`${article}#quote-q1`)
  expect(oldArticleLink({ search: '', hash: '' }, article)).toBeNull()
  expect(oldArticleLink({ search: '?utm_source=x', hash: '#top' }, article)).toBeNull()
})

test('the page in the other language keeps the view and the reader’s place, not ?lang=', () => {
  const at = (search: string, hash = '') => ({ pathname: '/a/water/', search, hash })
  expect(pageInLanguage(at('?speaker=nazarov,tolipov&notes=ru&lang=ru'), 'en', 'p7')).toBe(
    '/en/a/water/?speaker=nazarov,tolipov&notes=ru#p7',
  )
  expect(pageInLanguage(at('', '#quote-q3'), 'en', 'p7')).toBe('/en/a/water/#quote-q3')
  expect(pageInLanguage({ pathname: '/en/', search: '?lang=en', hash: '' }, 'ru', null)).toBe('/')
})
