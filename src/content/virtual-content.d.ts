// Served by contentPlugin (content-plugin.ts): for each article folder, a loader for each
// content file it has, keyed by file name ("article.json", …).
declare module 'virtual:tandem-content' {
  export const folders: Record<string, Record<string, () => Promise<{ default: unknown }>>>
}
