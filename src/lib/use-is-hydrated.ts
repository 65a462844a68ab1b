import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/** False while prerendering and hydrating, true once the app runs the page. */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
