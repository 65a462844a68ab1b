import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import {
  contentFileNames,
  validateArticleContent,
  type ContentIssue,
} from '../src/content/schema.ts'

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

/**
 * Checks the content folders at every build, dev server and test run, and again whenever
 * the dev server reloads one of their files, so an edit shows its problem in the overlay
 * at once. `contentRoots` beyond the first let tests add articles to a build without
 * touching `src/content`.
 */
export function contentPlugin(contentRoots: readonly string[]): Plugin {
  return {
    name: 'tandem:content',
    enforce: 'pre',
    buildStart() {
      assertValidContent(contentRoots)
    },
    transform(_code, id) {
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

/**
 * The dev server's pages: `<html lang>` from the address (`/en/…` is English), and the
 * head script that a built page inlines (build/prerender.tsx), here as a module.
 */
export function devPages(): Plugin {
  return {
    name: 'tandem:dev-pages',
    apply: 'serve',
    transformIndexHtml(html, { originalUrl }) {
      const lang = /^\/en(\/|$|\?)/.test(originalUrl ?? '') ? 'en' : 'ru'
      return html
        .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
        .replace(
          '</title>',
          '</title>\n    <script type="module" src="/src/head/head.ts"></script>',
        )
    },
  }
}
