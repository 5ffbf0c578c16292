import { describe, expect, it } from 'vitest'
import { sampleScenario } from '@/engine'
import type { Scenario } from '@/engine'
import {
  decodeScenarioLink,
  encodeScenarioLink,
  fromBase64Url,
  isScenarioLink,
  shareUrl,
  toBase64Url,
} from '../share-link'
import scenarioV1 from '@/schemas/__tests__/fixtures/scenario-v1.json'

/**
 * A link fragment holding any text, compressed as the app does (`deflate`, with its checksum)
 * or as links made before the checksum were (`deflate-raw`).
 */
async function linkOf(
  text: string | Uint8Array<ArrayBuffer>,
  format: 'deflate' | 'deflate-raw' = 'deflate',
): Promise<string> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
  const stream = new CompressionStream(format)
  const writer = stream.writable.getWriter()
  void writer.write(bytes)
  void writer.close()
  const packed = new Uint8Array(await new Response(stream.readable).arrayBuffer())
  return `#s=${toBase64Url(packed)}`
}

function messages(result: Awaited<ReturnType<typeof decodeScenarioLink>>): string[] {
  if (!result || result.ok) throw new Error('expected a failure')
  return result.errors.map((e) => `${e.path}: ${e.message}`)
}

describe('base64url', () => {
  it('matches Node’s base64url for every tail length, without padding', () => {
    for (let n = 0; n < 20; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 251) & 255)
      const text = toBase64Url(bytes)
      expect(text).toBe(Buffer.from(bytes).toString('base64url'))
      expect([...(fromBase64Url(text) ?? [])]).toEqual([...bytes])
    }
  })

  it('refuses other characters and impossible lengths', () => {
    expect(fromBase64Url('ab+/')).toBeUndefined()
    expect(fromBase64Url('abcd=')).toBeUndefined()
    expect(fromBase64Url('abcde')).toBeUndefined()
    expect(fromBase64Url('ab cd')).toBeUndefined()
  })
})

describe('share links', () => {
  it('round-trips the sample scenario exactly, in a short link', async () => {
    const scenario = sampleScenario()
    const fragment = await encodeScenarioLink(scenario)
    expect(fragment).toMatch(/^#s=[A-Za-z0-9_-]+$/)
    // Measured 2 229 characters for the sample (18 KB of JSON); keep it well under 4 000.
    expect(fragment.length).toBeLessThan(4000)
    expect(await decodeScenarioLink(fragment)).toEqual({ ok: true, scenario })
  })

  it('round-trips names in any script and optional fields', async () => {
    const scenario: Scenario = sampleScenario()
    scenario.business.name = 'Café “Zoë” 🚲 <b>&amp;</b>'
    delete scenario.business.staffHoursPerWeek
    const phone = scenario.channels[0]
    if (!phone) throw new Error('sample has no channels')
    phone.name = 'Téléphone, "VIP"'
    phone.patienceSeconds = 90
    phone.coverage = phone.coverage.map((_, h) => h % 3 === 0)
    const result = await decodeScenarioLink(await encodeScenarioLink(scenario))
    expect(result).toEqual({ ok: true, scenario })
  })

  it('is undefined when the fragment holds no scenario', async () => {
    for (const hash of ['', '#', '#planner', '#method', '#x=1', '#ss=abc', 's']) {
      expect(await decodeScenarioLink(hash)).toBeUndefined()
    }
  })

  it('finds s= beside other parameters', async () => {
    const fragment = await encodeScenarioLink(sampleScenario())
    const result = await decodeScenarioLink(`#page=planner&${fragment.slice(1)}`)
    expect(result?.ok).toBe(true)
  })

  it('tells the page which fragments hold a scenario: every form the decoder reads', () => {
    // The page opens (or refuses with a message) exactly the fragments decoded here.
    for (const hash of ['#s=abc', '#a=1&s=abc', '#page=planner&s=abc&x=2', '#s=']) {
      expect(isScenarioLink(hash)).toBe(true)
    }
    for (const hash of ['', '#', '#planner', '#method', '#x=1', '#ss=abc', '#a=1&ss=2']) {
      expect(isScenarioLink(hash)).toBe(false)
    }
  })

  it('refuses an empty payload and characters outside base64url', async () => {
    expect(messages(await decodeScenarioLink('#s='))[0]).toMatch(
      /This link is incomplete or damaged/,
    )
    expect(messages(await decodeScenarioLink('#s=abc$def'))[0]).toMatch(
      /incomplete or damaged: it has characters/,
    )
    expect(messages(await decodeScenarioLink('#s=abcde'))[0]).toMatch(/incomplete or damaged/)
  })

  it('refuses a link cut short, at any length', async () => {
    const fragment = await encodeScenarioLink(sampleScenario())
    for (const keep of [4, 10, 100, 1000, fragment.length - 40, fragment.length - 3]) {
      const result = await decodeScenarioLink(fragment.slice(0, keep))
      expect(result?.ok, `cut to ${keep}`).toBe(false)
      expect(messages(result)[0]).toMatch(/This link is incomplete or damaged/)
    }
  })

  it('refuses garbled data without throwing or yielding a partial scenario', async () => {
    const fragment = await encodeScenarioLink(sampleScenario())
    for (const at of [5, 50, 500, 1500]) {
      const c = fragment[at] === 'A' ? 'B' : 'A'
      const garbled = fragment.slice(0, at) + c + fragment.slice(at + 1)
      const result = await decodeScenarioLink(garbled)
      expect(result?.ok, `changed at ${at}`).toBe(false)
    }
    // Random bytes are not deflate data.
    const noise = Uint8Array.from({ length: 300 }, (_, i) => (i * 131 + 7) & 255)
    expect(messages(await decodeScenarioLink(`#s=${toBase64Url(noise)}`))[0]).toMatch(
      /incomplete or damaged/,
    )
  })

  it('refuses text that is not JSON, and JSON that is not an object', async () => {
    expect(messages(await decodeScenarioLink(await linkOf('hello')))[0]).toMatch(
      /This link is incomplete or damaged: it is not valid JSON/,
    )
    for (const json of ['[1,2]', '42', '"text"', 'null']) {
      expect(messages(await decodeScenarioLink(await linkOf(json)))[0]).toMatch(
        /This link is incomplete or damaged: it holds/,
      )
    }
    const notUtf8 = Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d])
    expect(messages(await decodeScenarioLink(await linkOf(notUtf8)))[0]).toMatch(/not text/)
  })

  it('refuses a link that inflates past 1 MB, and stops reading early', async () => {
    const big = JSON.stringify({ version: 2, pad: 'a'.repeat(1024 * 1024) })
    expect(messages(await decodeScenarioLink(await linkOf(big)))[0]).toMatch(/more than 1 MB/)
    // A bomb: 64 MB of zeros is a ~64 KB payload. Reading it all would take far longer.
    const bomb = new Uint8Array(64 * 1024 * 1024)
    const fragment = await linkOf(bomb)
    const started = performance.now()
    expect(messages(await decodeScenarioLink(fragment))[0]).toMatch(/more than 1 MB/)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('refuses prototype keys anywhere and leaves Object.prototype alone', async () => {
    const scenario = sampleScenario() as unknown as Record<string, unknown>
    const base = JSON.stringify(scenario)
    const attacks = [
      base.replace('{', '{"__proto__":{"polluted":true},'),
      base.replace('"channels":[{', '"channels":[{"__proto__":{"polluted":true},'),
      base.replace('{', '{"constructor":{"prototype":{"polluted":true}},'),
    ]
    for (const text of attacks) {
      const result = await decodeScenarioLink(await linkOf(text))
      expect(result?.ok).toBe(false)
      expect(messages(result).join('\n')).toMatch(/__proto__|constructor/)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('lists schema errors with their paths', async () => {
    const scenario = sampleScenario()
    const email = scenario.channels[1]
    if (!email) throw new Error('sample has no second channel')
    email.handleMinutes = -1
    const result = await decodeScenarioLink(await encodeScenarioLink(scenario))
    expect(messages(result)).toContain(
      'channels.1.handleMinutes: Handle time must be between 0.1 and 240 minutes',
    )
  })

  it('says when a link was made by a newer version', async () => {
    const doc = { ...sampleScenario(), version: 4 }
    const [message] = messages(await decodeScenarioLink(await linkOf(JSON.stringify(doc))))
    expect(message).toMatch(/This link was made by a newer version of Channel Planner/)
  })

  it('reads an old version-1 scenario, migrated', async () => {
    const result = await decodeScenarioLink(await linkOf(JSON.stringify(scenarioV1)))
    expect(result?.ok).toBe(true)
    if (result?.ok) expect(result.scenario.version).toBe(3)
  })

  it('still opens a link made before links carried a checksum (raw deflate)', async () => {
    const old = await linkOf(JSON.stringify(sampleScenario()), 'deflate-raw')
    expect(await decodeScenarioLink(old)).toEqual({ ok: true, scenario: sampleScenario() })
    // Such a link has no checksum: damage that still inflates may pass the inflater, and only
    // the scenario's own checks stand guard. A current link refuses any changed byte (below).
  })

  it('refuses a link with any one character changed (the checksum)', async () => {
    const fragment = await encodeScenarioLink(sampleScenario())
    // Every 97th character, a step that walks through header, data and checksum alike.
    for (let at = 3; at < fragment.length; at += 97) {
      const c = fragment[at] === 'A' ? 'B' : 'A'
      const result = await decodeScenarioLink(fragment.slice(0, at) + c + fragment.slice(at + 1))
      expect(result?.ok, `changed at ${at}`).toBe(false)
    }
  })
})

describe('shareUrl', () => {
  it('keeps the page’s origin and path, and replaces query and fragment', () => {
    expect(shareUrl('https://example.org/tools/planner/index.html?x=1#method', '#s=abc')).toBe(
      'https://example.org/tools/planner/index.html#s=abc',
    )
    expect(shareUrl('http://localhost:5173/', 's=abc')).toBe('http://localhost:5173/#s=abc')
  })
})
