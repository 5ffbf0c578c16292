/**
 * The README's hosting section tells a host what the page's own policy cannot do (a policy in a
 * <meta> tag ignores frame-ancestors, report-uri, report-to and sandbox) and gives the headers
 * to send: its Content-Security-Policy line is the built page's policy, word for word, with
 * frame-ancestors added.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../vite.config'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`)
  if (start < 0) return ''
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end < 0 ? undefined : end)
}

describe('hosting advice', () => {
  const hosting = section('Hosting')

  it('names what a <meta> policy cannot set', () => {
    for (const directive of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) {
      expect(hosting).toContain(`\`${directive}\``)
    }
  })

  it('suggests the page’s own policy as a header, with frame-ancestors, and the other headers', () => {
    const lines = hosting.split('\n')
    expect(lines).toContain(
      `Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    )
    for (const header of ['X-Frame-Options: DENY', 'X-Content-Type-Options: nosniff']) {
      expect(lines).toContain(header)
    }
  })
})
