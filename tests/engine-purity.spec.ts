/** The lint rules that keep src/engine pure, its layers one-way and its entry the only door must fire. */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`)
}

const layerMessages = (messages: string[]) =>
  messages.filter((m) => m.startsWith('engine-layers/layers'))

describe('engine purity rule', () => {
  it.each([
    "import { ref } from 'vue'",
    "import { z } from 'zod'",
    "import { Chart } from 'chart.js'",
    "import { useStore } from '@/stores/queue-calculator'",
    "import { x } from '../../stores/queue-calculator'",
    "export { x } from '../../stores/queue-calculator'",
  ])('rejects %s inside src/engine', async (line) => {
    const messages = await messagesFor(
      `${line}\nexport const y = 1\n`,
      'src/engine/channels/example.ts',
    )
    expect(layerMessages(messages).some((m) => m.includes('imports only from inside'))).toBe(true)
  })

  it('rejects DOM globals and Math.random inside src/engine', async () => {
    const messages = await messagesFor(
      'export const w = window.innerWidth + Math.random()\n',
      'src/engine/channels/example.ts',
    )
    expect(messages.some((m) => m.startsWith('no-restricted-globals'))).toBe(true)
    expect(messages.some((m) => m.startsWith('no-restricted-properties'))).toBe(true)
  })

  it('allows imports from the same layer and from lower ones', async () => {
    const messages = await messagesFor(
      [
        "import { erlangB } from '../queueing/erlang-b'",
        "import type { Channel } from '../model/types'",
        "import { settleRepeats } from './repeats'",
        "import { liveWeek } from './live/live-week'",
        'export const y = [erlangB, settleRepeats, liveWeek] as unknown as Channel',
        '',
      ].join('\n'),
      'src/engine/channels/example.ts',
    )
    expect(messages).toEqual([])
  })

  it.each([
    ['src/engine/queueing/example.ts', "import { evaluateChannel } from '../channels/evaluate'"],
    ['src/engine/channels/example.ts', "import { totalPortfolio } from '../portfolio/totals'"],
    [
      'src/engine/channels/live/example.ts',
      "import { recommend } from '../../recommendation/recommend'",
    ],
    ['src/engine/model/example.ts', "import { channelCatalog } from '../data/catalog'"],
    [
      'src/engine/portfolio/example.ts',
      "import { simulateWeek } from '../simulation/simulate-week'",
    ],
  ])('rejects an import from a higher layer in %s', async (file, line) => {
    const messages = await messagesFor(`${line}\nexport const y = 1\n`, file)
    expect(
      layerMessages(messages).some((m) => m.includes('may not import from the higher layer')),
    ).toBe(true)
  })

  it('rejects a file outside the layers', async () => {
    const messages = await messagesFor('export const y = 1\n', 'src/engine/helpers.ts')
    expect(layerMessages(messages).some((m) => m.includes('is not one of the engine layers'))).toBe(
      true,
    )
  })

  it('lets the entry point export every layer', async () => {
    const messages = await messagesFor(
      "export { recommend } from './recommendation/recommend'\nexport { erlangB } from './queueing/erlang-b'\n",
      'src/engine/index.ts',
    )
    expect(messages).toEqual([])
  })
})

describe('the engine has one door', () => {
  it('allows outside code to import the engine through its entry', async () => {
    const messages = await messagesFor(
      "import { erlangB } from '@/engine'\nexport const y = erlangB(1, 1)\n",
      'src/stores/example.ts',
    )
    expect(messages).toEqual([])
  })

  it.each([
    "import type { Scenario } from '@/engine/model/types'",
    "import { erlangB } from '../engine/queueing/erlang-b'",
    "import { erlangB } from '../../engine/queueing/erlang-b'",
  ])('rejects %s outside src/engine', async (line) => {
    const messages = await messagesFor(
      `${line}\nexport const y = 1\n`,
      'src/components/planner/example.ts',
    )
    expect(messages.some((m) => m.startsWith('no-restricted-imports'))).toBe(true)
  })
})
