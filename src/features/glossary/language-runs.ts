import type { Lang } from '../../lib/language.ts'

export interface Run {
  text: string
  lang: Lang | null
}

// Runs of the other language's script inside a note, so each can carry its own `lang`
// (an English note quotes «в Хиву»; a Russian one names the English "hub").
const otherScript: Record<Lang, { run: RegExp; lang: Lang }> = {
  en: { run: /\p{Script=Cyrillic}+(?:[\s.,\-–—]+\p{Script=Cyrillic}+)*/gu, lang: 'ru' },
  ru: { run: /\p{Script=Latin}+(?:[\s'’-]+\p{Script=Latin}+)*/gu, lang: 'en' },
}

export function splitLanguageRuns(text: string, lang: Lang): Run[] {
  const { run, lang: other } = otherScript[lang]
  const runs: Run[] = []
  let at = 0
  for (const match of text.matchAll(run)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), lang: null })
    runs.push({ text: match[0], lang: other })
    at = match.index + match[0].length
  }
  if (at < text.length) runs.push({ text: text.slice(at), lang: null })
  return runs
}
