/**
 * Channel curves: each grid point's searches start from the points below it in its doubling,
 * which saves runs of the week but must not make the answer depend on history. Points evaluated
 * upwards, downwards or alone are identical, and so are exact evaluations.
 */
import { describe, expect, it } from 'vitest'
import { ChannelCurve, gridVolume, stepsFor } from '../curves'
import { sampleScenario } from '../../data/sample-scenario'

const scenario = sampleScenario()
const context = { business: scenario.business, pattern: scenario.demand.pattern }

describe('channel curves', () => {
  for (const id of ['email', 'facebook', 'phone', 'live-chat']) {
    it(
      `${id}: grid points do not depend on the order they are evaluated in`,
      { timeout: 60_000 },
      () => {
        const channel = scenario.channels.find((c) => c.id === id)
        if (!channel) throw new Error(`the sample has ${id}`)
        const steps = stepsFor(channel)
        const indexes = Array.from({ length: 2 * steps }, (_, j) => 5 * steps + j)
        expect.assertions(2 * indexes.length)
        const up = new ChannelCurve(channel, context)
        const down = new ChannelCurve(channel, context)
        for (const k of indexes) up.at(gridVolume(k, steps))
        for (const k of [...indexes].reverse()) down.at(gridVolume(k, steps))
        for (const k of indexes) {
          const v = gridVolume(k, steps)
          const alone = new ChannelCurve(channel, context).at(v)
          expect(up.at(v)).toEqual(alone)
          expect(down.at(v)).toEqual(alone)
        }
      },
    )
  }

  it('evaluates exactly without the curve’s starting points', () => {
    const channel = scenario.channels.find((c) => c.id === 'email')
    if (!channel) throw new Error('the sample has email')
    const used = new ChannelCurve(channel, context)
    for (let k = 20; k < 30; k++) used.at(gridVolume(k, stepsFor(channel)))
    expect(used.exact(123.4)).toEqual(new ChannelCurve(channel, context).exact(123.4))
  })
})
