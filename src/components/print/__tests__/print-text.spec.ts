import { describe, expect, it } from 'vitest'
import { COVERAGE_PRESETS, PATTERN_PRESETS } from '@/engine'
import { defined, fixtureScenario } from '@/components/__tests__/fixtures/answer'
import { channelAssumptions } from '../assumptions'
import { METHOD_SOURCES } from '../method-sources'
import {
  coverageLabel,
  durationText,
  patternLabel,
  targetText,
  teamText,
  todayText,
} from '../scenario-text'

const plain = (s: string) => s.replace(/\u00a0/g, ' ')

describe('the scenario in words', () => {
  it('names the preset a pattern or a coverage matches, whatever the pattern’s scale', () => {
    const office = PATTERN_PRESETS['office-hours'].weights.map((w) => w * 1000)
    expect(patternLabel(office)).toBe('Office hours')
    expect(patternLabel(office.map((w, h) => (h === 3 ? w + 1 : w)))).toBe('Your own pattern')
    expect(coverageLabel([...COVERAGE_PRESETS.always.flags])).toBe('Around the clock')
    const odd = [...COVERAGE_PRESETS['weekday-office'].flags]
    odd[0] = true
    expect(coverageLabel(odd)).toBe('Your own hours (41 h a week)')
  })

  it('says times in the unit people use', () => {
    expect(
      ['20', '300', '3600', '14400', '172800', '604800'].map((s) =>
        plain(durationText(Number(s), 'en-GB')),
      ),
    ).toEqual(['20 s', '5 min', '60 min', '4 h', '48 h', '7 days'])
    // The fixture's Phone keeps the catalog's target: 80 % within 20 s.
    const phone = defined(fixtureScenario().channels[0], 'Phone')
    expect(plain(targetText(phone, 'en-GB'))).toBe('80% within 20 s')
    expect(plain(targetText({ ...phone, targetShare: 0.925, targetSeconds: 14400 }, 'en-GB'))).toBe(
      '92.5% within 4 h',
    )
  })

  it('says who answers, and alongside other work who is on site', () => {
    const s = fixtureScenario()
    expect(teamText(s)).toBe('Each channel has its own people')
    s.analysis.structure = 'alongside-other-work'
    s.analysis.onSite = {
      people: 1,
      otherWorkShare: 0.6,
      otherWorkMinutes: 5,
      interruptionMinutes: 1,
    }
    expect(plain(teamText(s))).toBe(
      'The people on site answer between other work: 1 person, 60% of their time on other work in pieces of 5 min',
    )
  })

  it('writes the date in the scenario’s language', () => {
    const day = new Date(2025, 2, 14)
    expect(todayText('en-GB', day)).toBe('14 March 2025')
    expect(todayText('de-DE', day)).toBe('14. März 2025')
  })
})

describe('assumptions', () => {
  it('leaves out figures fixed by the kind of channel while they hold their default', () => {
    const scenario = fixtureScenario()
    const email = defined(
      scenario.channels.find((c) => c.id === 'email'),
      'Email',
    )
    const fields = channelAssumptions(email, scenario).map((l) => l.field)
    expect(fields).not.toContain('concurrency')
    expect(fields).not.toContain('privateHandoffShare')
    expect(fields).toContain('minutesPerCheck')
  })

  it('says "nobody gives up" when a live channel has no patience', () => {
    const scenario = fixtureScenario()
    const phone = defined(scenario.channels[0], 'Phone')
    delete phone.patienceSeconds
    const line = channelAssumptions(phone, scenario).find((l) => l.field === 'patienceSeconds')
    expect(line && plain(`${line.value} — ${line.origin}`)).toBe(
      'nobody gives up — your own setting (default 110 s)',
    )
  })
})

describe('the method’s sources', () => {
  it('takes the "## Sources" section of the method, a list', () => {
    // How a section is cut out of the document is tested with the renderer (markdown.spec.ts).
    expect(METHOD_SOURCES[0]).toMatchObject({ tag: 'ul' })
    expect(METHOD_SOURCES.some((n) => typeof n !== 'string' && n.tag.startsWith('h'))).toBe(false)
  })
})
