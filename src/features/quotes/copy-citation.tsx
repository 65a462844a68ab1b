import { useEffect, useRef, useState } from 'react'
import { t } from '../../i18n/i18n.ts'
import { useIsHydrated } from '../../lib/use-is-hydrated.ts'

/**
 * "Copy citation": the quote as plain text on the clipboard, confirmed in a polite live
 * region. Where the Clipboard API is missing or refused, the text is shown selected, to
 * copy by hand. It needs the app's code, so it appears once the app runs; it sits inside
 * the card's details, closed at first paint, so nothing on screen moves when it does.
 */
export function CopyCitation({ context, text }: { context: string; text: () => string }) {
  const isHydrated = useIsHydrated()
  const [result, setResult] = useState<'none' | 'copied' | 'by-hand'>('none')
  const textRef = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    if (result !== 'by-hand') return
    textRef.current?.focus()
    textRef.current?.select()
  }, [result])

  async function handleClick() {
    // Emptied first, so that a second copy is announced again.
    setResult('none')
    try {
      await navigator.clipboard.writeText(text())
      setResult('copied')
    } catch {
      // No Clipboard API (an insecure origin, an old browser) or the reader refused it.
      setResult('by-hand')
    }
  }

  if (!isHydrated) return null
  return (
    <div className="citation">
      <button type="button" className="citation-button" onClick={() => void handleClick()}>
        {t('quote.copy')}
        <span className="visually-hidden"> ({context})</span>
      </button>
      <p role="status" className="citation-status">
        {result === 'copied' && t('quote.copied')}
        {result === 'by-hand' && t('quote.copyByHand')}
      </p>
      {result === 'by-hand' && (
        <textarea
          ref={textRef}
          className="citation-text"
          readOnly
          rows={6}
          aria-label={t('quote.citation')}
          value={text()}
        />
      )}
    </div>
  )
}
