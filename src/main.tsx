import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { Reader } from './app/reader.tsx'
import { startI18n } from './app/start.ts'
import { articles } from './content/articles.ts'
import './app/styles.css'

const container = document.getElementById('root')
const article = articles[0]
if (!container || !article) throw new Error('Tandem: no #root element or no article content')

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={startI18n(window)}>
      <Reader content={article} />
    </I18nextProvider>
  </StrictMode>,
)
