// Writing a content folder all at once or not at all. Every file goes into a hidden
// temporary folder next to the target (the reader skips dot folders), which is then
// renamed into place: a rename within one directory is atomic, so the build never sees
// half a draft, and a failure leaves nothing behind.

import { existsSync } from 'node:fs'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ImportError } from './parse.ts'

export interface WriteFolderOptions {
  contentDir: string
  slug: string
  files: ReadonlyMap<string, string>
  /** Replace an existing folder of that name. */
  force: boolean
  /** Makes the temporary names unique to this run. */
  pid?: number
  /** How to show the content directory in messages. */
  displayDir?: string
}

export function temporaryFolder(contentDir: string, slug: string, pid: number): string {
  return path.join(contentDir, `.import-${slug}-${pid}`)
}

/** Writes the folder `<contentDir>/<slug>` and returns its path. */
export async function writeFolderAtomically(options: WriteFolderOptions): Promise<string> {
  const { contentDir, slug, files, force } = options
  const pid = options.pid ?? process.pid
  const shown = options.displayDir ?? contentDir
  const info = await stat(contentDir).catch(() => null)
  if (!info?.isDirectory())
    throw new ImportError(`content directory ${shown} does not exist or is not a directory`)
  const target = path.join(contentDir, slug)
  if (existsSync(target) && !force)
    throw new ImportError(
      `${path.join(shown, slug)} already exists; pass --force to replace it, or --slug to choose another name`,
    )

  const temporary = temporaryFolder(contentDir, slug, pid)
  const old = `${temporary}-old`
  try {
    await rm(temporary, { recursive: true, force: true })
    await mkdir(temporary)
    for (const [name, contents] of files) await writeFile(path.join(temporary, name), contents)
    if (existsSync(target)) {
      // Aside, in, then away: at every moment either the old or the new folder is in place.
      await rename(target, old)
      try {
        await rename(temporary, target)
      } catch (error) {
        await rename(old, target)
        throw error
      }
      await rm(old, { recursive: true, force: true })
    } else {
      await rename(temporary, target)
    }
  } catch (error) {
    await rm(temporary, { recursive: true, force: true })
    if (error instanceof ImportError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new ImportError(`could not write ${path.join(shown, slug)}: ${reason}`)
  }
  return target
}
