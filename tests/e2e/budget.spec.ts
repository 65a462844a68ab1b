import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, seedSlug, test } from './fixtures.ts'

// Byte budgets of the build the web server has just made (sizes are deterministic; timing
// is the benchmark's business). KB = 1000 bytes, gzip at level 9. The first load is what
// the browser fetches for a page until the network goes quiet, named by its requests (the
// entry, the chunks it imports); the head script and the strings are in the HTML itself.
const dist = path.resolve('dist')
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
const isVendor = (file: string) => /^assets\/vendor-[\w-]+\.js$/.test(file)

for (const page of ['/', '/en/', `/a/${seedSlug}/`, `/en/a/${seedSlug}/`]) {
  // A visit whose browser asks for the page's language, so that nothing redirects it.
  test.describe(() => {
    test.use({ locale: page.startsWith('/en/') ? 'en-GB' : 'ru-RU' })
    test(`first load of ${page} stays within its byte budgets`, async ({ page: tab }) => {
      const fetched: string[] = []
      const fetchedData: string[] = []
      tab.on('requestfinished', (request) => {
        const file = new URL(request.url()).pathname.slice(1)
        if (/\.js$/.test(file)) fetched.push(file)
        // The interface strings are in the page now: nothing else is fetched as data.
        if (/\.json$/.test(file)) fetchedData.push(file)
      })
      await tab.goto(page)
      await tab.waitForLoadState('networkidle')

      const sizes = fetched.map((file) => ({ file, bytes: gzipped(path.join(dist, file)) }))
      const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0)
      // Everything but the libraries' chunk is the project's own code and content.
      const own = sizes
        .filter(({ file }) => !isVendor(file))
        .reduce((sum, { bytes }) => sum + bytes, 0)
      const htmlBytes = gzipped(path.join(dist, page, 'index.html'))

      console.log(
        [
          `${page}: HTML ${kb(htmlBytes)}, first-load JS ${kb(total)} (own ${kb(own)})`,
          ...sizes.map(({ file, bytes }) => `  ${file} ${kb(bytes)}`),
        ].join('\n'),
      )
      expect(fetched.filter(isVendor)).toHaveLength(1)
      expect(fetchedData).toEqual([])
      expect(total).toBeLessThanOrEqual(95_000)
      expect(own).toBeLessThanOrEqual(15_000)
      expect(htmlBytes).toBeLessThanOrEqual(25_000)
    })
  })
}
