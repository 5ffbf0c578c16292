/**
 * Channel curves: each grid point's search starts from its evaluated neighbours, which saves
 * runs of the week but must not steer the answer. Points evaluated upwards, downwards or alone
 * agree to the repeats' tolerance (where the late share jumps, a tenth of a percent of the
 * contacts), and exact evaluations agree exactly.
 */
import { describe, expect, it } from 'vitest'
import { ChannelCurve, gridVolume, stepsFor } from '../channel-curve'
import { sampleScenario } from '../sample-scenario'

const scenario = sampleScenario()
const context = { business: scenario.business, pattern: scenario.demand.pattern }

describe('channel curves', () => {
  for (const id of ['email', 'facebook', 'phone', 'live-chat']) {
    it(`${id}: grid points do not depend on the order they are evaluated in`, () => {
      const channel = scenario.channels.find((c) => c.id === id)
      if (!channel) throw new Error(`the sample has ${id}`)
      const steps = stepsFor(channel)
      const indexes = Array.from({ length: 2 * steps }, (_, j) => 5 * steps + j)
      const up = new ChannelCurve(channel, context)
      const down = new ChannelCurve(channel, context)
      for (const k of indexes) up.at(gridVolume(k, steps))
      for (const k of [...indexes].reverse()) down.at(gridVolume(k, steps))
      for (const k of indexes) {
        const v = gridVolume(k, steps)
        const alone = new ChannelCurve(channel, context).at(v)
        for (const f of [up.at(v), down.at(v)]) {
          expect(Math.abs(f.staffHours - alone.staffHours)).toBeLessThanOrEqual(
            0.005 * alone.staffHours + 1e-9,
          )
          expect(Math.abs(f.withinTarget - alone.withinTarget)).toBeLessThanOrEqual(
            0.005 * alone.contactsOffered + 1e-9,
          )
          expect(Math.abs(f.contactsOffered - alone.contactsOffered)).toBeLessThanOrEqual(
            0.002 * alone.contactsOffered,
          )
        }
      }
    })
  }

  it('evaluates exactly without the curve’s starting points', () => {
    const channel = scenario.channels.find((c) => c.id === 'email')
    if (!channel) throw new Error('the sample has email')
    const used = new ChannelCurve(channel, context)
    for (let k = 20; k < 30; k++) used.at(gridVolume(k, stepsFor(channel)))
    expect(used.exact(123.4)).toEqual(new ChannelCurve(channel, context).exact(123.4))
  })
})
