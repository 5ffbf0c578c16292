/** Maps a queue answer to the data and options of the service-level-against-agents chart. */
import type { ChartData, ChartOptions } from 'chart.js'
import type { QueueAnswer } from '@/engine'

export const SERVICE_LEVEL_COLOR = '#1d4ed8'
export const TARGET_COLOR = '#b45309'

export interface ServiceLevelChart {
  data: ChartData<'line', number[], string>
  options: ChartOptions<'line'>
}

export function serviceLevelChart(
  answer: QueueAnswer,
  targetServiceLevel: number,
  reducedMotion = false,
): ServiceLevelChart {
  const labels = answer.curve.map((p) => String(p.agents))
  const isAnswer = answer.curve.map((p) => p.agents === answer.agents)
  return {
    data: {
      labels,
      datasets: [
        {
          label: 'Answered within target (%)',
          data: answer.curve.map((p) => round1(p.serviceLevel * 100)),
          borderColor: SERVICE_LEVEL_COLOR,
          backgroundColor: SERVICE_LEVEL_COLOR,
          borderWidth: 3,
          pointRadius: isAnswer.map((a) => (a ? 8 : 4)),
          pointHoverRadius: 9,
        },
        {
          label: 'Target (%)',
          data: answer.curve.map(() => round1(targetServiceLevel * 100)),
          borderColor: TARGET_COLOR,
          backgroundColor: TARGET_COLOR,
          borderDash: [8, 6],
          borderWidth: 2,
          pointRadius: 0,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 250 },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { title: { display: true, text: 'Agents' } },
        y: {
          min: 0,
          max: 100,
          title: { display: true, text: 'Answered within target (%)' },
          ticks: { stepSize: 20 },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, pointStyle: 'line' } },
      },
    },
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}
