import { NotFound } from '../app/not-found.tsx'
import { SimplePage } from '../app/simple-page.tsx'

export function notFoundPage() {
  return (
    <SimplePage kind="not-found">
      <NotFound />
    </SimplePage>
  )
}
