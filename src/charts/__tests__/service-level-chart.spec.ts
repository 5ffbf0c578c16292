import { describe, expect, it } from 'vitest'
import { analyseQueue } from '@/engine'
import { serviceLevelChart } from '../service-level-chart'

describe('serviceLevelChart mapper', () => {
  const answer = analyseQueue({
    contactsPerHour: 200,
    handleSeconds: 180,
    targetSeconds: 20,
    targetServiceLevel: 0.8,
    maxOccupancy: 0.85,
  })
  const chart = serviceLevelChart(answer, 0.8)

  it('labels the x axis with agent counts 6..18 around the answer of 14', () => {
    expect(chart.data.labels).toEqual([
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '18',
    ])
  })

  it('plots service level in percent, one decimal: 14 agents → 88.8', () => {
    const [sl, target] = chart.data.datasets
    // Erlang C worked example: 12 → 64.0 %, 13 → 79.6 %, 14 → 88.8 %; unstable counts (≤ 10) 0.
    expect(sl?.data.slice(4, 9)).toEqual([0, 39, 64, 79.6, 88.8])
    expect(target?.data.every((v) => v === 80)).toBe(true)
  })

  it('marks the answer with a larger point', () => {
    const radius = chart.data.datasets[0]?.pointRadius as number[]
    expect(radius[8]).toBe(8)
    expect(radius.filter((r) => r === 8)).toHaveLength(1)
  })

  it('keeps dataset labels stable so vue-chartjs updates rather than redraws', () => {
    const other = serviceLevelChart(
      analyseQueue({
        ...answer.atAnswer,
        contactsPerHour: 50,
        handleSeconds: 180,
        targetSeconds: 20,
        targetServiceLevel: 0.9,
        maxOccupancy: 0.85,
      }),
      0.9,
    )
    expect(other.data.datasets.map((d) => d.label)).toEqual(chart.data.datasets.map((d) => d.label))
  })

  it('turns animation off for reduced motion', () => {
    expect(serviceLevelChart(answer, 0.8, true).options.animation).toBe(false)
  })
})
