import { expect, test } from 'vitest'
import { articles } from '../../content/articles.ts'
import { blockGroups, buildBlocks, countQuotes } from './blocks.ts'

const seed = articles[0]!

test('walks the seed article as 6 quote cards, 8 reported passages and 1 narration', () => {
  const blocks = buildBlocks(seed)
  expect(blocks.map((block) => block.kind)).toEqual([
    'reported',
    'quote',
    'reported',
    'quote',
    'reported',
    'reported',
    'reported',
    'quote',
    'reported',
    'quote',
    'reported',
    'quote',
    'reported',
    'quote',
    'narration',
  ])
  expect(blocks.find((block) => block.id === 'q3')).toMatchObject({
    paragraphs: [8, 9],
    number: 3,
    speakerIndex: 1,
  })
  expect(blocks[0]).toMatchObject({ kind: 'reported', speakerIndex: 0 })
})

test('counts the quotes a filter shows', () => {
  expect(countQuotes(seed.quotes, [])).toEqual({ shown: 6, total: 6 })
  expect(countQuotes(seed.quotes, ['nazarov'])).toEqual({ shown: 4, total: 6 })
  expect(countQuotes(seed.quotes, ['tolipov', 'nazarov'])).toEqual({ shown: 6, total: 6 })
})

test('groups a long article’s blocks in 25s, the last group what is left, and leaves a short one whole', () => {
  expect(blockGroups(16)).toBeNull()
  expect(blockGroups(100)).toBeNull()
  expect(blockGroups(101)).toEqual([
    [0, 25],
    [25, 50],
    [50, 75],
    [75, 100],
    [100, 101],
  ])
  expect(blockGroups(125, { longerThan: 100, size: 25 })?.at(-1)).toEqual([100, 125])
  expect(blockGroups(10, { longerThan: 4, size: 4 })).toEqual([
    [0, 4],
    [4, 8],
    [8, 10],
  ])
})
