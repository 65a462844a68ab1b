// Russian (and the commoner Kazakh, Kyrgyz and Uzbek Cyrillic letters) to plain ASCII,
// for ids and slugs. A simplified passport-style scheme: readable, not reversible.

const letters: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh, Kyrgyz and Uzbek letters that turn up in names.
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  ў: 'u',
  ҳ: 'h',
}

/** Lowercase ASCII; anything without a transliteration (punctuation, other scripts) is dropped. */
export function transliterate(text: string): string {
  let result = ''
  for (const char of text.toLowerCase()) {
    if (/[a-z0-9]/.test(char)) result += char
    else if (char in letters) result += letters[char]
    else if (/[\s-]/.test(char)) result += '-'
  }
  return result.replace(/-+/g, '-').replace(/^-|-$/g, '')
}
