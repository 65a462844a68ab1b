import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'

// Byte budgets of the build the web server has just made (sizes are deterministic; timing
// is the benchmark's business). KB = 1000 bytes, gzip at level 9.
const dist = path.resolve('dist')
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`

const seedPage = 'a/2025-11-14-kazakhstan-uzbekistan/index.html'
for (const page of ['index.html', 'en/index.html', seedPage, `en/${seedPage}`]) {
  test(`first load of /${page.replace('index.html', '')} stays within its byte budgets`, () => {
    const html = readFileSync(path.join(dist, page), 'utf8')
    const scripts = [
      ...html.matchAll(/<script type="module"[^>]*src="\/([^"]+)"/g),
      ...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g),
      // The interface strings: data, fetched as JSON, but part of the first load all the same.
      ...html.matchAll(/<link rel="preload" as="fetch"[^>]*href="\/([^"]+)"/g),
    ].map((match) => match[1]!)
    const sizes = scripts.map((file) => ({ file, bytes: gzipped(path.join(dist, file)) }))
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0)
    // Everything but the libraries' chunk is the project's own code and content.
    const own = sizes
      .filter(({ file }) => !/\/vendor-[\w-]+\.js$/.test(file))
      .reduce((sum, { bytes }) => sum + bytes, 0)
    const htmlBytes = gzipped(path.join(dist, page))

    console.log(
      [
        `/${page}: HTML ${kb(htmlBytes)}, first-load JS ${kb(total)} (own ${kb(own)})`,
        ...sizes.map(({ file, bytes }) => `  ${file} ${kb(bytes)}`),
      ].join('\n'),
    )
    expect(scripts.some((file) => /\/vendor-[\w-]+\.js$/.test(file))).toBe(true)
    expect(total).toBeLessThanOrEqual(95_000)
    expect(own).toBeLessThanOrEqual(15_000)
    expect(htmlBytes).toBeLessThanOrEqual(25_000)
  })
}
