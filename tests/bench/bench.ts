import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { format } from 'prettier'
import type { ArticleContent } from '../../src/content/schema.ts'
import { chromiumPath } from './chromium.ts'
import { measureInteractions, type Latency } from './interactions.ts'
import { runLighthouse, type PageMetrics, type Profile } from './lighthouse-run.ts'
import { median } from './median.ts'
import { writePlainPage } from './plain-page.ts'
import { scaleArticle } from './scale-article.ts'
import { serveStatic } from './static-server.ts'

// npm run bench [-- --runs 5] [-- --no-scale]: builds, serves the build and a plain static
// page of the same article on 127.0.0.1, and measures both side by side. Never run in CI:
// timings on a shared machine are for reading, not for asserting.
// `-- --interactions-only` times the interactions alone and prints them, writing nothing:
// a second sample to set beside the table's (a few minutes instead of fifteen).

const argv = process.argv.slice(2)
const runs = Number(argv[argv.indexOf('--runs') + 1] ?? 5) || 5
const withScale = !argv.includes('--no-scale')
const interactionsOnly = argv.includes('--interactions-only')
const root = process.cwd()
const seedSlug = '2025-11-14-kazakhstan-uzbekistan'

function readContent(dir: string): ArticleContent {
  const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown
  return {
    article: read('article.json'),
    speakers: read('speakers.json'),
    quotes: read('quotes.json'),
    reported: read('reported.json'),
    glossary: read('glossary.json'),
    notes: read('notes.json'),
    translations: read('translations.json'),
  } as ArticleContent
}

function build(cwd: string) {
  execFileSync('npm', ['run', 'build:app', '--silent'], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

/** A copy of the project whose only article is `content`, built. */
function buildWithArticle(slug: string, content: ArticleContent): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'))
  for (const entry of ['src', 'build', 'public', 'index.html', 'vite.config.ts', 'package.json'])
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true })
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
  rmSync(path.join(dir, 'src/content', seedSlug), { recursive: true })
  const folder = path.join(dir, 'src/content', slug)
  mkdirSync(folder)
  const files: Record<string, unknown> = {
    'article.json': content.article,
    'speakers.json': content.speakers,
    'quotes.json': content.quotes,
    'reported.json': content.reported,
    'glossary.json': content.glossary,
    'notes.json': content.notes,
    'translations.json': content.translations,
  }
  for (const [file, data] of Object.entries(files))
    writeFileSync(path.join(folder, file), JSON.stringify(data))
  build(dir)
  return dir
}

type Medians = Record<keyof PageMetrics, number>

/**
 * How fast this machine is right now: a fixed piece of work (sorting the same 200,000
 * numbers), timed nine times after two rounds to warm the JIT, median in ms. A shared
 * machine's speed drifts from day to day and within a run; taken before and after, it
 * tells whether two tables differ because the project changed or because the machine did.
 */
function cpuCheck(): number {
  const times: number[] = []
  for (let round = -2; round < 9; round++) {
    let seed = 1
    const values = Array.from({ length: 200_000 }, () => (seed = (seed * 48_271) % 2_147_483_647))
    const start = performance.now()
    values.sort((a, b) => a - b)
    if (round >= 0) times.push(performance.now() - start)
  }
  return median(times)
}

function medians(samples: PageMetrics[]): Medians {
  const keys = Object.keys(samples[0]!) as (keyof PageMetrics)[]
  // A run whose accessibility audit did not finish has no score, and no say in the median.
  return Object.fromEntries(
    keys.map((key) => {
      const values = samples.map((sample) => sample[key]).filter((value) => !Number.isNaN(value))
      return [key, values.length > 0 ? median(values) : NaN]
    }),
  ) as Medians
}

/** Project and plain page, alternating which goes first, `runs` times per profile. */
async function compare(projectUrl: string, plainUrl: string, label: string) {
  const result: Record<string, { project: Medians; plain: Medians }> = {}
  for (const profile of ['mobile', 'desktop'] as Profile[]) {
    const project: PageMetrics[] = []
    const plain: PageMetrics[] = []
    for (let run = 0; run < runs; run++) {
      const order =
        run % 2 === 0 ? (['project', 'plain'] as const) : (['plain', 'project'] as const)
      for (const which of order) {
        const metrics = await runLighthouse(which === 'project' ? projectUrl : plainUrl, profile)
        ;(which === 'project' ? project : plain).push(metrics)
        console.log(
          `${label} ${profile} run ${run + 1} ${which}: LCP ${Math.round(metrics.lcp)} ms`,
        )
      }
    }
    result[profile] = { project: medians(project), plain: medians(plain) }
  }
  return result
}

async function measureArticle(distDir: string, content: ArticleContent, label: string) {
  const plainDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-plain-'))
  writePlainPage(plainDir, content)
  const project = await serveStatic(distDir)
  const plain = await serveStatic(plainDir)
  try {
    const articleUrl = `${project.url}/a/${content.article.slug}/?lang=ru`
    const pages = interactionsOnly ? {} : await compare(articleUrl, `${plain.url}/`, label)
    const interactions = await measureInteractions(articleUrl)
    return { pages, interactions }
  } finally {
    await project.close()
    await plain.close()
  }
}

function machine(cpuCheckMs: { before: number; after: number }) {
  const version = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim()
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: version,
    date: new Date().toISOString(),
    runs,
    cpuCheckMs,
  }
}

const fmt = {
  ms: (value: number) => (Number.isNaN(value) ? '—' : `${Math.round(value)} ms`),
  cls: (value: number) => value.toFixed(3),
  kb: (value: number) => `${(value / 1000).toFixed(1)} KB`,
  ratio: (a: number, b: number) => (b === 0 ? '—' : `${(a / b).toFixed(2)}×`),
}

function markdown(report: {
  machine: ReturnType<typeof machine>
  articles: { label: string; pages: Awaited<ReturnType<typeof compare>>; interactions: Latency[] }[]
}) {
  const lines = [
    `Measured ${report.machine.date.slice(0, 10)} on ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memory}, ${report.machine.os}; ${report.machine.chromium}; Node ${report.machine.node}. CPU check (sorting 200,000 numbers; lower is faster): ${fmt.ms(report.machine.cpuCheckMs.before)} before the run, ${fmt.ms(report.machine.cpuCheckMs.after)} after. ${interactionsOnly ? 'Interactions only.' : `Medians of ${report.machine.runs} Lighthouse runs per page and profile, devtools throttling, project and plain page alternating.`}`,
    '',
  ]
  for (const article of report.articles) {
    for (const [profile, { project, plain }] of Object.entries(article.pages)) {
      lines.push(
        `**${article.label}, ${profile}**`,
        '',
        '| | LCP | FCP | TBT | CLS | Speed Index | JS | total | perf | a11y |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...(
          [
            ['Tandem', project],
            ['plain page', plain],
          ] as const
        ).map(
          ([name, m]) =>
            `| ${name} | ${fmt.ms(m.lcp)} | ${fmt.ms(m.fcp)} | ${fmt.ms(m.tbt)} | ${fmt.cls(m.cls)} | ${fmt.ms(m.speedIndex)} | ${fmt.kb(m.scriptBytes)} | ${fmt.kb(m.totalBytes)} | ${m.performance} | ${Number.isNaN(m.accessibility) ? '—' : m.accessibility} |`,
        ),
        `| Tandem / plain | ${fmt.ratio(project.lcp, plain.lcp)} | ${fmt.ratio(project.fcp, plain.fcp)} | | | ${fmt.ratio(project.speedIndex, plain.speedIndex)} | | ${fmt.ratio(project.totalBytes, plain.totalBytes)} | | |`,
        '',
        ...(Number.isNaN(project.accessibility)
          ? [
              "a11y —: Lighthouse's accessibility audit (axe) ran out of time in every run; `npm test` runs axe on the seed's pages instead.",
              '',
            ]
          : []),
      )
    }
    lines.push(
      `**${article.label}, interactions** (input to next frame, CPU slowed 4×, 20 repetitions)`,
      '',
      '| interaction | median | worst |',
      '| --- | --- | --- |',
      ...article.interactions.map(
        (i) => `| ${i.name} | ${fmt.ms(i.median)} | ${fmt.ms(i.worst)} |`,
      ),
      '',
    )
  }
  return lines.join('\n')
}

const cpuCheckBefore = cpuCheck()
console.log('building the project…')
build(root)
const seed = readContent(path.join(root, 'src/content', seedSlug))
const articles = [
  { label: 'Seed article', ...(await measureArticle(path.join(root, 'dist'), seed, 'seed')) },
]

if (withScale) {
  const { slug, content } = scaleArticle(seed)
  console.log(`building the 50× article (${content.article.paragraphs.length} paragraphs)…`)
  const dir = buildWithArticle(slug, content)
  try {
    articles.push({
      label: `50× article (${content.article.paragraphs.length} paragraphs, ${content.quotes.length} quotes, ${content.speakers.length} speakers, ${content.glossary.length} terms)`,
      ...(await measureArticle(path.join(dir, 'dist'), content, '50×')),
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const report = { machine: machine({ before: cpuCheckBefore, after: cpuCheck() }), articles }
if (interactionsOnly) {
  console.log(`\n${await format(markdown(report), { parser: 'markdown' })}`)
  process.exit(0)
}
mkdirSync(path.join(root, 'docs'), { recursive: true })
writeFileSync(path.join(root, 'docs/benchmark.json'), `${JSON.stringify(report, null, 2)}\n`)
const table = await format(markdown(report), { parser: 'markdown' })
writeFileSync(path.join(root, 'docs/benchmark.md'), table)
const readme = path.join(root, 'README.md')
writeFileSync(
  readme,
  readFileSync(readme, 'utf8').replace(
    /(<!-- benchmark:start -->\n)[\s\S]*?(<!-- benchmark:end -->)/,
    (_, start: string, end: string) => `${start}\n${table}\n${end}`,
  ),
)
console.log(`\n${table}\nwritten to docs/benchmark.md, docs/benchmark.json and README.md`)
