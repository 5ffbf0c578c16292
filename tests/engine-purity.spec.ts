/** The lint rule that keeps src/engine pure must actually fire. */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`)
}

describe('engine purity rule', () => {
  it.each([
    "import { ref } from 'vue'",
    "import { z } from 'zod'",
    "import { Chart } from 'chart.js'",
    "import { useStore } from '@/stores/queue-calculator'",
    "import { x } from '../stores/queue-calculator'",
  ])('rejects %s inside src/engine', async (line) => {
    const messages = await messagesFor(`${line}\nexport const y = 1\n`, 'src/engine/example.ts')
    expect(messages.some((m) => m.startsWith('no-restricted-imports'))).toBe(true)
  })

  it('rejects DOM globals and Math.random inside src/engine', async () => {
    const messages = await messagesFor(
      'export const w = window.innerWidth + Math.random()\n',
      'src/engine/example.ts',
    )
    expect(messages.some((m) => m.startsWith('no-restricted-globals'))).toBe(true)
    expect(messages.some((m) => m.startsWith('no-restricted-properties'))).toBe(true)
  })

  it('allows imports from inside the engine', async () => {
    const messages = await messagesFor(
      "import { erlangB } from './erlang-b'\nexport const y = erlangB(1, 1)\n",
      'src/engine/example.ts',
    )
    expect(messages).toEqual([])
  })

  it('allows outside code to import the engine', async () => {
    const messages = await messagesFor(
      "import { erlangB } from '@/engine'\nexport const y = erlangB(1, 1)\n",
      'src/stores/example.ts',
    )
    expect(messages).toEqual([])
  })
})
