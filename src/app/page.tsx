import { Library } from '../features/library/library.tsx'
import { NotFound } from './not-found.tsx'
import type { PageData } from './page-data.ts'
import { Reader } from './reader.tsx'
import { articleHref } from './routes.ts'
import { SiteHeader } from './site-header.tsx'

/** The page `data` describes, in the interface language set for it. */
export function Page({ data }: { data: PageData }) {
  if (data.kind === 'article') return <Reader content={data.content} />
  return (
    <>
      <SiteHeader path="/" page={data.kind} />
      {data.kind === 'home' ? (
        <Library summaries={data.summaries} articleHref={articleHref} />
      ) : (
        <NotFound />
      )}
    </>
  )
}
