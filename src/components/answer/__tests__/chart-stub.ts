/**
 * jsdom has no canvas: stand-ins for vue-chartjs's components that record what they are given.
 * Use inside `vi.mock('vue-chartjs', …)` (the factory is hoisted, so it imports this lazily).
 */
import { defineComponent, h } from 'vue'

function stub(name: string, className: string) {
  return defineComponent({
    name,
    props: {
      type: { type: String, default: undefined },
      data: { type: Object, required: true },
      options: { type: Object, required: true },
    },
    setup: (props) => () =>
      h('div', {
        class: className,
        'data-type': props.type,
        'data-chart': JSON.stringify(props.data),
        'data-options': JSON.stringify(props.options),
      }),
  })
}

export const chartStubs = {
  Bar: stub('BarStub', 'chart-stub bar-stub'),
  Chart: stub('ChartStub', 'chart-stub generic-stub'),
  Line: stub('LineStub', 'chart-stub line-stub'),
}

export interface StubbedData {
  labels: string[]
  datasets: Array<{ label: string; type?: string; data: number[] }>
}

/** The data the stub at this wrapper received. */
export function chartData(el: { attributes(name: string): string | undefined }): StubbedData {
  return JSON.parse(el.attributes('data-chart') ?? '{}') as StubbedData
}

/** The hours and seconds formatters join number and unit with a no-break space. */
export function plain(text: string | undefined): string | undefined {
  return text?.replace(/\u00a0/g, ' ')
}
