import { chromium } from '@playwright/test'
const [url, out, width = '1280', action = ''] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] })
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } })
const errors = []
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()) })
page.on('pageerror', (e) => errors.push(String(e)))
await page.goto(url)
await page.waitForTimeout(500)
if (action) await eval(`(async () => { ${action} })()`)
await page.waitForTimeout(300)
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' })
console.log('errors:', JSON.stringify(errors))
await browser.close()
