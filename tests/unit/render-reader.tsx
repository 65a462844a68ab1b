import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { Reader } from '../../src/app/reader.tsx'
import { startI18n } from '../../src/app/start.ts'
import { articles } from '../../src/content/articles.ts'

/** The reader as a visitor meets it: at `url`, with the real i18next and real content. */
export function renderReader({ url = '/', lng }: { url?: string; lng?: 'ru' | 'en' } = {}) {
  window.history.replaceState(null, '', url)
  if (lng) localStorage.setItem('tandem:language', lng)
  const i18n = startI18n(window)
  const user = userEvent.setup()
  const view = render(
    <I18nextProvider i18n={i18n}>
      <Reader content={articles[0]!} />
    </I18nextProvider>,
  )
  return { user, i18n, ...view }
}
