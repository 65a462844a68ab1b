import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import {
  contentFileNames,
  validateArticleContent,
  type ContentFileName,
  type ContentIssue,
} from './schema.ts'

// Build-time guard for the content folders: every build, dev server and test run checks
// them, and a bad file stops it with a message that names the file and the field.

export function readArticleFolder(dir: string): ContentIssue[] {
  const files: Record<string, unknown> = {}
  const issues: ContentIssue[] = []
  for (const file of contentFileNames) {
    const filePath = path.join(dir, file)
    if (!existsSync(filePath)) continue
    try {
      files[file] = JSON.parse(readFileSync(filePath, 'utf8'))
    } catch (error) {
      issues.push({
        file,
        field: '(file)',
        message: `is not valid JSON: ${(error as Error).message}`,
      })
    }
  }
  if (issues.length > 0) return issues
  const result = validateArticleContent(files)
  if (result.content && result.content.article.slug !== path.basename(dir))
    return [
      {
        file: 'article.json',
        field: 'slug',
        message: `must equal the folder name "${path.basename(dir)}"`,
      },
    ]
  return result.issues
}

/** The article folders under `contentRoot`; dot folders (an import in progress) are not. */
export function articleFolders(contentRoot: string): string[] {
  return readdirSync(contentRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => path.join(contentRoot, entry.name))
}

export function describeIssues(dir: string, issues: ContentIssue[]): string {
  const relative = path.relative(process.cwd(), dir)
  return issues
    .map((issue) => `${path.join(relative, issue.file)}: ${issue.field}: ${issue.message}`)
    .join('\n')
}

/** Throws one error listing every problem in every article folder. */
export function assertValidContent(contentRoots: readonly string[]): void {
  const folders = contentRoots.flatMap(articleFolders)
  const problems = folders.map((dir) => describeIssues(dir, readArticleFolder(dir))).filter(Boolean)
  const slugs = new Map<string, string>()
  for (const dir of folders) {
    const slug = path.basename(dir)
    const other = slugs.get(slug)
    if (other) problems.push(`${dir}: two article folders are named "${slug}" (also ${other})`)
    slugs.set(slug, dir)
  }
  if (problems.length > 0) throw new Error(`Invalid article content:\n${problems.join('\n')}`)
}

const contentId = 'virtual:tandem-content'
const localesId = 'virtual:tandem-locales'

// Data a built page loads later is fetched as JSON, not imported as JavaScript: parsing it
// is cheaper, and without any import() the bundle needs no module-preload helper.
const fetchJsonCode = `const fetchJson = (url) => fetch(url).then((response) => {
  if (!response.ok) throw new Error(\`Tandem: \${url} answered \${response.status}\`)
  return response.json()
})\n`

type Emit = (fileName: string, source: string) => string

/**
 * The module `virtual:tandem-content`: for each article folder in `contentRoots`, a
 * loader per content file it has, resolving to `{ default: data }`. With `emit` (the
 * browser build) it loads only what a page loads after its first paint, translations and
 * notes, fetched from files emitted beside the bundle; a built page carries the rest in
 * its HTML (embedded.ts). Otherwise (dev server, tests, prerenderer) it imports them all.
 */
function contentModule(contentRoots: readonly string[], emit?: Emit): string {
  const files: readonly ContentFileName[] = emit
    ? ['translations.json', 'notes.json']
    : contentFileNames
  const folders = contentRoots.flatMap(articleFolders).map((dir) => {
    const slug = path.basename(dir)
    const loaders = files
      .filter((file) => existsSync(path.join(dir, file)))
      .map((file) => {
        const source = path.join(dir, file)
        const load = emit
          ? `fetchJson(${JSON.stringify(emit(`content/${slug}/${file}`, readFileSync(source, 'utf8')))}).then((data) => ({ default: data }))`
          : `import(${JSON.stringify(source)})`
        return `${JSON.stringify(file)}: () => ${load}`
      })
    return `${JSON.stringify(slug)}: { ${loaders.join(', ')} }`
  })
  return `${emit ? fetchJsonCode : ''}export const folders = { ${folders.join(',\n')} }\n`
}

/**
 * The module `virtual:tandem-locales`: a loader per interface language. The browser build
 * fetches the strings as JSON files emitted beside the bundle (a built page preloads its
 * own); the dev server, tests and prerenderer import the locale modules.
 */
function localesModule(locales: Readonly<Record<string, Locale>>, emit?: Emit): string {
  const loaders = Object.entries(locales).map(([lang, { file, strings }]) => {
    const load = emit
      ? `fetchJson(${JSON.stringify(emit(`locales/${lang}.json`, JSON.stringify(strings)))})`
      : `import(${JSON.stringify(file)}).then((module) => module[${JSON.stringify(lang)}])`
    return `${JSON.stringify(lang)}: () => ${load}`
  })
  return `${emit ? fetchJsonCode : ''}export const localeLoaders = { ${loaders.join(', ')} }\n`
}

export interface Locale {
  /** The module that exports the strings under the language's name. */
  file: string
  strings: unknown
}

/**
 * Checks the content folders at every build, dev server and test run, and serves them
 * as `virtual:tandem-content`, and the interface strings as `virtual:tandem-locales`.
 * `contentRoots` beyond the first let tests add articles to a build without touching
 * `src/content`.
 */
export function contentPlugin(
  contentRoots: readonly string[],
  locales: Readonly<Record<string, Locale>>,
): Plugin {
  let isBuild = false
  let base = '/'
  return {
    name: 'tandem:content',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build'
      base = config.base
    },
    buildStart() {
      assertValidContent(contentRoots)
    },
    resolveId(id) {
      return id === contentId || id === localesId ? `\0${id}` : null
    },
    load(id, options) {
      if (id !== `\0${contentId}` && id !== `\0${localesId}`) return null
      const emit: Emit | undefined =
        isBuild && !options?.ssr
          ? (fileName, source) => {
              this.emitFile({ type: 'asset', fileName, source })
              return `${base}${fileName}`
            }
          : undefined
      return id === `\0${contentId}`
        ? contentModule(contentRoots, emit)
        : localesModule(locales, emit)
    },
    transform(_code, id) {
      // Re-check a folder whenever one of its files is (re)loaded, so an edit during
      // `npm run dev` shows the problem in the overlay at once.
      const file = id.split('?')[0] ?? id
      if (!contentRoots.some((root) => file.startsWith(root)) || !file.endsWith('.json'))
        return null
      const dir = path.dirname(file)
      const issues = readArticleFolder(dir)
      if (issues.length > 0)
        throw new Error(`Invalid article content:\n${describeIssues(dir, issues)}`)
      return null
    },
  }
}
