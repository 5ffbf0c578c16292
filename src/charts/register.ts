/** Registers the Chart.js parts the app uses, once, so the bundle carries nothing more. */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'

let registered = false

export function registerCharts(): void {
  if (registered) return
  Chart.register(
    LineController,
    LineElement,
    PointElement,
    BarController,
    BarElement,
    CategoryScale,
    LinearScale,
    Tooltip,
    Legend,
  )
  // Readable from the back of a room: larger type and dark text on the light page.
  Chart.defaults.font.size = 15
  Chart.defaults.color = '#374151'
  registered = true
}
