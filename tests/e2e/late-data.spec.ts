import { readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { articlePath } from './fixtures.ts'

// The app's code starts once the first frame is painted. On a slow line or a long article
// the end of the page, where the page's data is, can arrive after that: the built site,
// served here with the end of the article's page held back until the test lets it go.
// A browser that asks for Russian stays on the Russian page it opens.
test.use({ locale: 'ru-RU' })

const dataMark = '<script type="application/json" id="tandem-page-data"'
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
}

let server: Server
let origin = ''
let releaseEnd: () => void = () => {}
let appScriptServed: Promise<void>

test.beforeEach(async () => {
  const dist = path.resolve('dist')
  const end = new Promise<void>((resolve) => (releaseEnd = resolve))
  let scriptServed: () => void = () => {}
  appScriptServed = new Promise((resolve) => (scriptServed = resolve))
  server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1')
    let file = path.join(dist, decodeURIComponent(pathname))
    if (!file.startsWith(dist) || !statSync(file, { throwIfNoEntry: false })) {
      response.writeHead(404).end()
      return
    }
    if (statSync(file).isDirectory()) file = path.join(file, 'index.html')
    const body = readFileSync(file)
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'text/plain' })
    if (pathname === articlePath) {
      const html = body.toString('utf8')
      const cut = html.indexOf(dataMark)
      response.write(html.slice(0, cut))
      void end.then(() => response.end(html.slice(cut)))
      return
    }
    response.end(body)
    if (/^\/assets\/index-.*\.js$/.test(pathname)) scriptServed()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

test.afterEach(async () => {
  releaseEnd()
  await new Promise((resolve) => server.close(resolve))
})

test('the app waits for the end of the page before it starts, and then runs the article', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${origin}${articlePath}`, { waitUntil: 'commit' })
  // The first part is on screen and the app's code has arrived; the page's end has not.
  await appScriptServed
  await page.waitForTimeout(500)
  const headline = page.getByRole('heading', { level: 1 })
  await expect(headline).toHaveText(/^Политологи/)

  releaseEnd()
  await page.waitForLoadState('networkidle')
  await expect(headline).toHaveText(/^Политологи/)
  await expect(page.getByText('Страница не найдена')).toHaveCount(0)
  // The app runs: a reading mode is chosen in place, with no new page.
  await page.evaluate(() => Object.assign(window, { samePage: true }))
  await page.getByRole('link', { name: 'Параллельно' }).click()
  await expect(page).toHaveURL(/\?view=parallel$/)
  expect(await page.evaluate(() => 'samePage' in window)).toBe(true)
  expect(errors).toEqual([])
})
