import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { contentValidation } from './src/content/content-plugin.ts'

const contentRoot = fileURLToPath(new URL('./src/content', import.meta.url))

export default defineConfig({
  plugins: [react(), contentValidation(contentRoot)],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    // Every browser the reader supports knows modulepreload; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    manifest: true,
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
})
