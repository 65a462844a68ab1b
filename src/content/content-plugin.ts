import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { contentFileNames, validateArticleContent, type ContentIssue } from './schema.ts'

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

export function articleFolders(contentRoot: string): string[] {
  return readdirSync(contentRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(contentRoot, entry.name))
}

export function describeIssues(dir: string, issues: ContentIssue[]): string {
  const relative = path.relative(process.cwd(), dir)
  return issues
    .map((issue) => `${path.join(relative, issue.file)}: ${issue.field}: ${issue.message}`)
    .join('\n')
}

/** Throws one error listing every problem in every article folder. */
export function assertValidContent(contentRoot: string): void {
  const problems = articleFolders(contentRoot)
    .map((dir) => describeIssues(dir, readArticleFolder(dir)))
    .filter(Boolean)
  if (problems.length > 0) throw new Error(`Invalid article content:\n${problems.join('\n')}`)
}

export function contentValidation(contentRoot: string): Plugin {
  return {
    name: 'tandem:content-validation',
    enforce: 'pre',
    buildStart() {
      assertValidContent(contentRoot)
    },
    transform(_code, id) {
      // Re-check a folder whenever one of its files is (re)loaded, so an edit during
      // `npm run dev` shows the problem in the overlay at once.
      const file = id.split('?')[0] ?? id
      if (!file.startsWith(contentRoot) || !file.endsWith('.json')) return null
      const dir = path.dirname(file)
      const issues = readArticleFolder(dir)
      if (issues.length > 0)
        throw new Error(`Invalid article content:\n${describeIssues(dir, issues)}`)
      return null
    },
  }
}
