import { readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
}

/**
 * Serves `root` on 127.0.0.1 the way a static host would: gzip (level 9, as the byte
 * budget counts), long caching for hashed assets, directory index files. The project and
 * the plain page go through the same server, so only the pages differ.
 */
export async function serveStatic(
  root: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const cache = new Map<string, Buffer>()
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1')
    let file = path.join(root, decodeURIComponent(pathname))
    if (!file.startsWith(root)) {
      response.writeHead(403).end()
      return
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html')
      const body = readFileSync(file)
      const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']))
      const payload = gzip ? (cache.get(file) ?? gzipSync(body, { level: 9 })) : body
      if (gzip) cache.set(file, payload)
      response.writeHead(200, {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': pathname.startsWith('/assets/')
          ? 'max-age=31536000, immutable'
          : 'no-cache',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      })
      response.end(payload)
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('static server: no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
