import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'

/**
 * The preview server answers a page it does not have with the prerendered not-found page
 * in the path's language (dist/404.html, dist/en/404.html) and status 404, as a static
 * host configured for the build would.
 */
export function notFoundPages(): Plugin {
  let outDir = 'dist'
  return {
    name: 'tandem:not-found-pages',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    configurePreviewServer(server) {
      // Runs after the static files and Vite's html fallback (`/a/x` → `/a/x/index.html`).
      return () => {
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost')
          const file = path.join(outDir, decodeURIComponent(url.pathname))
          // A page, not an asset: a path without an extension, or an .html file.
          const isPage = /(?:^|\/)[^./]*$|\.html$/.test(url.pathname)
          if (!['GET', 'HEAD'].includes(req.method ?? '') || !isPage || !file.startsWith(outDir))
            return next()
          if (existsSync(path.join(file, 'index.html')) && !url.pathname.endsWith('/')) {
            // /a/slug is the page /a/slug/, as on a static host.
            res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end()
            return
          }
          if (existsSync(file)) return next()
          const page = path.join(outDir, /^\/en(\/|$)/.test(url.pathname) ? 'en' : '', '404.html')
          if (!existsSync(page)) return next()
          res.statusCode = 404
          res.setHeader('Content-Type', 'text/html; charset=utf-8')
          res.end(req.method === 'HEAD' ? undefined : readFileSync(page))
        })
      }
    },
  }
}
