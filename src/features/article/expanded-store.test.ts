import { expect, test, vi } from 'vitest'
import { createExpandedStore } from './expanded-store.ts'

test('remembers each block opened or closed and tells its subscribers', () => {
  const store = createExpandedStore()
  const listener = vi.fn()
  const unsubscribe = store.subscribe(listener)
  expect(store.get('q1')).toBeUndefined()

  store.set('q1', true)
  expect(store.get('q1')).toBe(true)
  expect(listener).toHaveBeenCalledTimes(1)

  store.setAll(['q1', 'q2', 'p3'], false)
  expect([store.get('q1'), store.get('q2'), store.get('p3')]).toEqual([false, false, false])
  expect(listener).toHaveBeenCalledTimes(2)

  unsubscribe()
  store.set('q2', true)
  expect(listener).toHaveBeenCalledTimes(2)
  expect(store.get('q2')).toBe(true)
})
