import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { contentPlugin } from './src/content/content-plugin.ts'
import { en } from './src/i18n/locales/en.ts'
import { ru } from './src/i18n/locales/ru.ts'
import { notFoundPages } from './src/not-found-pages.ts'

const here = fileURLToPath(new URL('.', import.meta.url))
// TANDEM_EXTRA_CONTENT adds article folders from elsewhere (the end-to-end tests' library
// of fixture articles), separated like PATH.
const contentRoots = [
  path.join(here, 'src/content'),
  ...(process.env.TANDEM_EXTRA_CONTENT ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.resolve(here, dir)),
]

export default defineConfig(({ isPreview }) => ({
  plugins: [
    react(),
    contentPlugin(contentRoots, {
      ru: { file: path.join(here, 'src/i18n/locales/ru.ts'), strings: ru },
      en: { file: path.join(here, 'src/i18n/locales/en.ts'), strings: en },
    }),
    notFoundPages(),
  ],
  // The dev server answers every path with the app, which routes on the client; the build
  // is a set of prerendered pages, and the preview server answers what it lacks with 404.
  appType: isPreview ? 'mpa' : 'spa',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
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
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['./tests/setup/setup-test-env.ts'],
    restoreMocks: true,
  },
}))
