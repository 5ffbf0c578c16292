import { describe, expect, it } from 'vitest'
import { sampleScenario, type Breakpoint } from '@/engine'
import {
  breakpointSentence,
  inputValueText,
  sensitivitySummary,
  steadySentence,
} from '../sensitivity-text'

// The sample: a bike shop in Ireland (en-IE, euros), 400 contacts a week, Email's target 4 h.
const scenario = sampleScenario()
const answer = { channelIds: ['email'] }
const point = (b: Partial<Breakpoint> & Pick<Breakpoint, 'input' | 'direction' | 'value'>) => ({
  multiplier: 1,
  stillAt: 1,
  channelIds: ['email', 'reviews'],
  ...b,
})

describe('what would change the answer, in words', () => {
  it('says each breakpoint with its unit, its side and the set that takes over', () => {
    expect(
      breakpointSentence(
        point({ input: { kind: 'contacts' }, direction: 'higher', value: 447 }),
        answer,
        scenario,
      ),
    ).toBe('At about 447 contacts a week or more, Email and Review replies beat Email alone.')
    expect(
      breakpointSentence(
        point({
          input: { kind: 'contacts' },
          direction: 'lower',
          value: 1250,
          channelIds: ['phone'],
        }),
        { channelIds: ['email', 'facebook'] },
        scenario,
      ),
    ).toBe('At about 1,250 contacts a week or fewer, Phone beats Email and Facebook.')
    expect(
      breakpointSentence(
        point({
          input: { kind: 'target', channelId: 'email' },
          direction: 'higher',
          value: 24_060,
        }),
        answer,
        scenario,
      ),
    ).toBe(
      'With Email’s target time at about 6.7\u00a0h or longer, Email and Review replies beat Email alone.',
    )
    expect(
      breakpointSentence(
        point({ input: { kind: 'hours-available' }, direction: 'lower', value: 19.5 }),
        answer,
        scenario,
      ),
    ).toBe(
      'With about 19.5 h of staff time a week or less, Email and Review replies beat Email alone.',
    )
  })

  it('gives each input’s value its unit', () => {
    expect(inputValueText({ kind: 'contacts' }, 300, scenario)).toBe('300 contacts')
    expect(inputValueText({ kind: 'hours-available' }, 45, scenario)).toBe('45 h')
    expect(inputValueText({ kind: 'target', channelId: 'email' }, 2700, scenario)).toBe(
      '45\u00a0min',
    )
  })

  it('says over what range an input leaves the answer alone', () => {
    // Phone's target is 20 s in the sample: from a quarter (5 s) to four times (80 s).
    expect(
      steadySentence(
        { input: { kind: 'target', channelId: 'phone' }, lowest: 0.25, highest: 4 },
        answer,
        scenario,
      ),
    ).toBe('Phone target time: Email stays the answer from 5\u00a0s to 80\u00a0s.')
    const steadyAll = {
      ...answer,
      share: 'within-target' as const,
      base: { costWithLostValue: 1, share: 0.5, staffHours: 1, targetsReached: true },
      bars: [],
      breakpoints: [],
      steady: [],
      searching: [],
    }
    expect(sensitivitySummary(steadyAll, scenario)).toMatch(
      /^Email stays the answer whichever input moves/,
    )
  })
})
