import { describe, expect, it } from 'vitest'
import { QUEUE_TARGET, queueAnswer } from '@/components/__tests__/fixtures/queue'
import { SERVICE_LEVEL_COLOR, TARGET_COLOR, serviceLevelChart } from '../service-level-chart'

// Agents 3 to 6 at 0 (unstable), 50 %, 81.23 % (the answer, 5) and 95 %.
const answer = queueAnswer()
const chart = serviceLevelChart(answer, QUEUE_TARGET)

describe('serviceLevelChart mapper', () => {
  it('labels the x axis with the agent counts of the curve', () => {
    expect(chart.data.labels).toEqual(['3', '4', '5', '6'])
  })

  it('plots service level in percent, one decimal, against a flat target line', () => {
    const [sl, target] = chart.data.datasets
    expect(sl?.data).toEqual([0, 50, 81.2, 95])
    expect(target?.data).toEqual([80, 80, 80, 80])
    expect([sl?.borderColor, target?.borderColor]).toEqual([SERVICE_LEVEL_COLOR, TARGET_COLOR])
  })

  it('marks the answer with a larger point', () => {
    expect(chart.data.datasets[0]?.pointRadius).toEqual([4, 4, 8, 4])
  })

  it('keeps dataset labels stable so vue-chartjs updates rather than redraws', () => {
    const other = serviceLevelChart({ ...answer, agents: 6, curve: answer.curve.slice(1) }, 0.9)
    expect(other.data.datasets.map((d) => d.label)).toEqual(chart.data.datasets.map((d) => d.label))
    expect(other.data.datasets[1]?.data).toEqual([90, 90, 90])
  })

  it('turns animation off for reduced motion', () => {
    expect(serviceLevelChart(answer, QUEUE_TARGET, true).options.animation).toBe(false)
    expect(chart.options.animation).not.toBe(false)
  })
})
