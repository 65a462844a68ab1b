import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { contentPlugin, devPages } from './build/content-plugin.ts'
import { notFoundPages } from './build/not-found-pages.ts'

const here = fileURLToPath(new URL('.', import.meta.url))
// TANDEM_FIXTURE_LIBRARY adds the end-to-end tests' library of fixture articles.
const contentRoots = [
  path.join(here, 'src/content'),
  ...(process.env.TANDEM_FIXTURE_LIBRARY ? [path.join(here, 'tests/fixtures/library')] : []),
]

export default defineConfig(({ isPreview }) => ({
  plugins: [react(), contentPlugin(contentRoots), devPages(), notFoundPages()],
  // The dev server answers every path with the app, which routes on the client; the build
  // is a set of prerendered pages, and the preview server answers what it lacks with 404.
  appType: isPreview ? 'mpa' : 'spa',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    // The prerenderer takes the entry's script, stylesheet and chunks from the manifest.
    manifest: true,
    // Every browser the reader supports knows modulepreload; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they change rarely and stay cached, and the
        // byte budget can tell the project's own code from theirs.
        codeSplitting: {
          groups: [{ name: 'vendor', test: /node_modules[\\/]/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
      'build/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['./tests/setup/setup-test-env.ts'],
    restoreMocks: true,
  },
}))
