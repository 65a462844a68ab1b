import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import { chromiumFlags, chromiumPath } from './chromium.ts'

export type Profile = 'mobile' | 'desktop'

export interface PageMetrics {
  lcp: number
  fcp: number
  tbt: number
  cls: number
  speedIndex: number
  totalBytes: number
  scriptBytes: number
  performance: number
  /** NaN when Lighthouse's accessibility audit did not finish (axe runs out of its time). */
  accessibility: number
}

function audit(lhr: { audits: Record<string, { numericValue?: number }> }, id: string): number {
  const value = lhr.audits[id]?.numericValue
  if (value === undefined) throw new Error(`lighthouse: no ${id} in the report`)
  return value
}

/** One Lighthouse run in a fresh Chromium, devtools throttling, mobile or desktop. */
export async function runLighthouse(url: string, profile: Profile): Promise<PageMetrics> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  })
  try {
    const settings = { throttlingMethod: 'devtools' as const }
    const config =
      profile === 'desktop'
        ? { ...desktopConfig, settings: { ...desktopConfig.settings, ...settings } }
        : { extends: 'lighthouse:default' as const, settings }
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      },
      config,
    )
    if (!result) throw new Error(`lighthouse: no result for ${url}`)
    const { lhr } = result
    const summary = lhr.audits['resource-summary']?.details as
      { items?: { resourceType: string; transferSize: number }[] } | undefined
    return {
      lcp: audit(lhr, 'largest-contentful-paint'),
      fcp: audit(lhr, 'first-contentful-paint'),
      tbt: audit(lhr, 'total-blocking-time'),
      cls: audit(lhr, 'cumulative-layout-shift'),
      speedIndex: audit(lhr, 'speed-index'),
      totalBytes: audit(lhr, 'total-byte-weight'),
      scriptBytes:
        summary?.items?.find((item) => item.resourceType === 'script')?.transferSize ?? 0,
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? NaN) * 100),
    }
  } finally {
    chrome.kill()
  }
}
