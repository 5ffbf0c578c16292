/**
 * The spread-thin curves of several scenarios on one chart: for k = 1..N channels, the weekly
 * cost (lost customers included) of each scenario's best set of k.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { Recommendation } from '@/engine'
import { channelColor } from './palette'

export interface CompareSeries {
  name: string
  recommendation: Recommendation
}

export function compareChart(series: readonly CompareSeries[], reducedMotion = false) {
  const maxK = Math.max(0, ...series.map((s) => s.recommendation.analysis.spreadThin.length))
  const labels = Array.from({ length: maxK }, (_, i) => String(i + 1))
  const data: ChartData<'line', (number | null)[], string> = {
    labels,
    datasets: series.map((s, i) => {
      const byK = new Map(s.recommendation.analysis.spreadThin.map((p) => [p.size, p.best]))
      const color = channelColor(i)
      return {
        label: s.name,
        data: labels.map((_, k) => {
          const best = byK.get(k + 1)
          return best ? Math.round(best.totalWithLostValue) : null
        }),
        borderColor: color,
        backgroundColor: color,
        borderWidth: 3,
        pointRadius: 5,
        borderDash: i === 1 ? [8, 5] : i === 2 ? [2, 4] : [],
      }
    }),
  }
  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion ? false : { duration: 250 },
    interaction: { mode: 'index', intersect: false },
    scales: {
      x: { title: { display: true, text: 'Channels offered (best set of each size)' } },
      y: {
        title: { display: true, text: 'Cost a week, lost customers included' },
        beginAtZero: true,
      },
    },
    plugins: { legend: { position: 'bottom' } },
  }
  return { data, options }
}
