/**
 * The scenario in the URL fragment: `#s=<payload>` (a full link), or `#b=<situation>&d=<payload>`
 * (a short link: only what differs from a built-in situation, short-link.ts). A full link's
 * payload is base64url (no padding) of the scenario's JSON compressed with the browser's own `CompressionStream('deflate')`: deflate in
 * its zlib wrapper, whose Adler-32 checksum turns a link damaged in copying into an error rather
 * than a different scenario. Links made before the checksum (`'deflate-raw'`, no wrapper) are
 * still read: a zlib stream is told apart by its two-byte header (CMF 0x78, and CMF·256 + FLG a
 * multiple of 31), which a raw stream of a scenario never starts with. The fragment never
 * reaches a server, so a shared link tells nobody but its reader what is in it. Other parts of
 * the fragment beside `s=` (`#a=1&s=…`) are left alone: the page opens every fragment with an
 * `s=` or `d=` part (`isScenarioLink`), or says why it cannot.
 *
 * Length: the sample scenario (`sampleScenario()`, ten channels, 168-value pattern and coverage
 * arrays) is about 18 KB of JSON and deflates to about 1.7 KB, a fragment of about 2 230
 * characters (measured in the tests, which hold it under 4 000). The repeated arrays compress so
 * well that a compact coverage encoding saved nothing (it was measured larger), so the link
 * holds the plain JSON and decodes to exactly the same scenario.
 *
 * Decoding is as careful as opening a file (it uses the same checks, scenario-file.ts), plus
 * its own: the base64url alphabet, damaged compressed data, and a 1 MB cap on the inflated text
 * that stops reading the stream as soon as it is passed (a small link can inflate to a lot).
 */
import type { Scenario } from '@/engine'
import { CURRENT_SCENARIO_VERSION, type ParsedScenario } from '@/schemas/scenario-migrations'
import { MAX_SCENARIO_BYTES, parseScenarioText } from './scenario-file'
import { BASE_PARAM, DIFF_PARAM, readShortLink, shortLinkParts } from './short-link'

const PARAM = 's'
const DAMAGED = 'This link is incomplete or damaged'

/** Deflate can shrink text a thousandfold at most; a payload this long is no link we made. */
const MAX_PAYLOAD_CHARS = Math.ceil((MAX_SCENARIO_BYTES * 4) / 3)

type Bytes = Uint8Array<ArrayBuffer>

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const DIGIT = new Map([...ALPHABET].map((c, i) => [c, i]))

/** RFC 4648 §5 base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1]
    const c = bytes[i + 2]
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0)
    out += ALPHABET[(n >> 18) & 63]
    out += ALPHABET[(n >> 12) & 63]
    if (b !== undefined) out += ALPHABET[(n >> 6) & 63]
    if (c !== undefined) out += ALPHABET[n & 63]
  }
  return out
}

/** The bytes of unpadded base64url text, or undefined when it is not base64url. */
export function fromBase64Url(text: string): Bytes | undefined {
  // A length of 4k + 1 leaves 6 bits: no whole byte, so not something an encoder wrote.
  if (text.length % 4 === 1) return undefined
  const out = new Uint8Array(Math.floor((text.length * 3) / 4))
  let bits = 0
  let value = 0
  let o = 0
  for (const char of text) {
    const digit = DIGIT.get(char)
    if (digit === undefined) return undefined
    value = ((value << 6) | digit) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = (value >> bits) & 0xff
    }
  }
  return out
}

/** Everything a readable stream yields, or `undefined` once more than `cap` bytes came. */
async function readCapped(
  stream: ReadableStream<Uint8Array>,
  cap: number,
): Promise<Bytes | undefined> {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.byteLength
    if (length > cap) {
      // Stop inflating: cancelling tells the decompressor to drop the rest.
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
  const out = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

/**
 * Pushes `input` through a compression or decompression stream and reads the result. The write
 * side is fed without awaiting, so a large output cannot stall on back-pressure; its promises
 * are caught here, because damaged input makes them reject as well as the read.
 */
async function transform(
  stream: CompressionStream | DecompressionStream,
  input: Bytes,
  cap: number,
): Promise<Bytes | undefined> {
  const writer = stream.writable.getWriter()
  writer.write(input).catch(() => undefined)
  writer.close().catch(() => undefined)
  return readCapped(stream.readable, cap)
}

/**
 * A zlib stream's header: CMF 0x78 (deflate, 32 KB window) and CMF·256 + FLG divisible by 31.
 * A raw deflate stream starting so would open with a stored block that is not the last, which
 * the browser's compressor never writes for a scenario's JSON.
 */
function isZlib(bytes: Bytes): boolean {
  const cmf = bytes[0]
  const flg = bytes[1]
  return cmf === 0x78 && flg !== undefined && (cmf * 256 + flg) % 31 === 0
}

/** The fragment for a scenario: `#s=` and the compressed scenario in base64url. */
export async function encodeScenarioLink(scenario: Scenario): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(scenario))
  const packed = await transform(new CompressionStream('deflate'), json, Infinity)
  // An unlimited read only comes back undefined if the stream lied about its length.
  if (!packed) throw new Error('compression failed')
  return `#${PARAM}=${toBase64Url(packed)}`
}

/**
 * Does the fragment hold a scenario (`#s=…`, `#b=…&d=…`, or such parts among others, `#a=1&s=…`)? Every
 * such link is opened, or refused with a message; none is ignored.
 */
export function isScenarioLink(hash: string): boolean {
  return payloadOf(hash) !== undefined
}

/** The value of `name=` in a fragment like `#s=…` or `#a=1&s=…`, or undefined. */
function partOf(hash: string, name: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash
  for (const part of fragment.split('&')) {
    const eq = part.indexOf('=')
    if (eq >= 0 && part.slice(0, eq) === name) return part.slice(eq + 1)
  }
  return undefined
}

/** The payload of a full link (`s=`) or of a short one (`d=`, with its situation in `b=`). */
function payloadOf(hash: string): string | undefined {
  return partOf(hash, PARAM) ?? partOf(hash, DIFF_PARAM)
}

/**
 * The shortest link to the scenario: the full one (`#s=`), or the short one (`#b=…&d=…`, only
 * what differs from a built-in situation, short-link.ts) when that is shorter, as it is for a
 * scenario started from the sample or a preset and changed a little.
 */
export async function encodeShortestLink(scenario: Scenario): Promise<string> {
  const full = await encodeScenarioLink(scenario)
  const parts = shortLinkParts(scenario)
  const packed = await transform(
    new CompressionStream('deflate'),
    new TextEncoder().encode(parts.document),
    Infinity,
  )
  if (!packed) return full
  const short = `#${BASE_PARAM}=${encodeURIComponent(parts.base)}&${DIFF_PARAM}=${toBase64Url(packed)}`
  return short.length < full.length ? short : full
}

function damaged(reason: string): ParsedScenario {
  return { ok: false, errors: [{ path: '(link)', message: `${DAMAGED}: ${reason}` }] }
}

/**
 * The scenario in a URL fragment (`location.hash`). Undefined when the fragment holds no `s=`;
 * otherwise the scenario, or the reasons it cannot be read. Never throws and never yields half a
 * scenario: every kind of damage is a failure.
 */
export async function decodeScenarioLink(hash: string): Promise<ParsedScenario | undefined> {
  const payload = payloadOf(hash)
  if (payload === undefined) return undefined
  const full = partOf(hash, PARAM) !== undefined
  const base = full ? undefined : partOf(hash, BASE_PARAM)
  if (!full && base === undefined) return damaged('it does not say which situation it starts from')
  try {
    if (payload === '') return damaged('it holds no scenario')
    if (payload.length > MAX_PAYLOAD_CHARS) return damaged('it is far longer than any scenario')
    const packed = fromBase64Url(payload)
    if (!packed) {
      return damaged('it has characters a Channel Planner link never holds (was it cut or edited?)')
    }
    let bytes: Bytes | undefined
    try {
      const format = isZlib(packed) ? 'deflate' : 'deflate-raw'
      bytes = await transform(new DecompressionStream(format), packed, MAX_SCENARIO_BYTES)
    } catch {
      return damaged('its data is cut short or garbled (was it copied whole?)')
    }
    if (!bytes) return damaged('it unpacks to more than 1 MB, far more than any scenario')
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return damaged('its data is not text')
    }
    if (base !== undefined) return readShortLink(safeDecode(base), text, DAMAGED)
    const version = peekVersion(text)
    if (version !== undefined && version > CURRENT_SCENARIO_VERSION) {
      return {
        ok: false,
        errors: [
          {
            path: 'version',
            message: `This link was made by a newer version of Channel Planner (scenario version ${version}); this one reads up to version ${CURRENT_SCENARIO_VERSION}. Reload the page to get the latest version.`,
          },
        ],
      }
    }
    return parseScenarioText(text, { damaged: DAMAGED })
  } catch {
    // Nothing above should throw; a platform without the streams (or a bug) still must not.
    return damaged('it could not be read in this browser')
  }
}

/** A fragment part's text (`%20` read as a space); the part itself when it is not valid escaping. */
function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

/** The document's version when it is JSON with a numeric `version`, else undefined. */
function peekVersion(text: string): number | undefined {
  try {
    const raw: unknown = JSON.parse(text)
    if (typeof raw === 'object' && raw !== null && 'version' in raw) {
      const v = raw.version
      if (typeof v === 'number') return v
    }
  } catch {
    return undefined
  }
  return undefined
}

/**
 * A shareable URL: the page at `base` (origin and path; its query and fragment are dropped)
 * with `fragment` as its fragment.
 */
export function shareUrl(base: string, fragment: string): string {
  const url = new URL(base)
  url.search = ''
  url.hash = fragment.startsWith('#') ? fragment.slice(1) : fragment
  return url.href
}
