// Served by contentPlugin (content-plugin.ts): for each article folder, a loader for each
// content file it has, keyed by file name ("article.json", …).
declare module 'virtual:tandem-content' {
  export const folders: Record<string, Record<string, () => Promise<{ default: unknown }>>>
}

// Served by contentPlugin too: a loader for each interface language's strings.
declare module 'virtual:tandem-locales' {
  export const localeLoaders: Record<string, () => Promise<unknown>>
}
