import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { recommend, sampleScenario } from '@/engine'
import type { Scenario } from '@/engine'
import { scenarioToJson } from '@/composables/scenario-file'
import FileActions from '../FileActions.vue'

interface Download {
  name: string
  blob: Blob
}
let downloads: Download[]

beforeEach(() => {
  vi.useFakeTimers()
  downloads = []
  let blob: Blob | undefined
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => {
        blob = b
        return 'blob:test'
      }),
      revokeObjectURL: vi.fn(),
    }),
  )
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (blob) downloads.push({ name: this.download, blob })
  })
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

function button(w: VueWrapper, text: string) {
  const found = w.findAll('button').find((b) => b.text() === text)
  if (!found) throw new Error(`no button "${text}"`)
  return found
}

/** Puts a file in the hidden input, as choosing one in the file dialog does. */
async function choose(
  w: VueWrapper,
  file: File,
  done = () => w.emitted('imported') !== undefined || w.find('[role="alert"]').exists(),
): Promise<void> {
  const input = w.get('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  // Reading the file is a chain of promises (Blob, then parsing): let them all settle.
  await vi.waitFor(async () => {
    await flushPromises()
    if (!done()) throw new Error('pending')
  })
}

const jsonFile = (text: string, name = 'plan.json') =>
  new File([text], name, { type: 'application/json' })

describe('FileActions', () => {
  it('saves the scenario as a JSON file named after the business', async () => {
    const scenario = sampleScenario()
    const w = mount(FileActions, { props: { scenario } })
    await button(w, 'Save scenario file').trigger('click')
    expect(downloads.map((d) => d.name)).toEqual(['riverside-cycles-scenario.json'])
    expect(await downloads[0]?.blob.text()).toBe(scenarioToJson(scenario))
    expect(downloads[0]?.blob.type).toBe('application/json')
  })

  it('has a labelled, visually hidden file input for JSON files', () => {
    const w = mount(FileActions, { props: { scenario: sampleScenario() } })
    const input = w.get('input[type="file"]')
    expect(input.attributes('accept')).toBe('.json,application/json')
    expect(input.classes()).toContain('visually-hidden')
    const label = w.get(`label[for="${input.attributes('id')}"]`)
    expect(label.text()).toBe('Open scenario file…')
  })

  it('emits the scenario of a valid file', async () => {
    const scenario = sampleScenario()
    scenario.business.name = 'Other Shop'
    const w = mount(FileActions, { props: { scenario: sampleScenario() } })
    await choose(w, jsonFile(scenarioToJson(scenario)))
    expect(w.emitted('imported')).toEqual([[scenario]])
    expect(w.find('[role="alert"]').exists()).toBe(false)
    // Whether it opened is the page's to say: it may keep as many scenarios as it can already.
    expect(w.get('[role="status"]').text()).toBe('')
  })

  it('lists every problem of a bad file and emits nothing', async () => {
    const bad = JSON.parse(scenarioToJson(sampleScenario())) as {
      business: Record<string, unknown>
      channels: Record<string, unknown>[]
    }
    bad.business.currency = 'euro'
    if (bad.channels[2]) bad.channels[2].handleMinutes = -1
    const w = mount(FileActions, { props: { scenario: sampleScenario() } })
    await choose(w, jsonFile(JSON.stringify(bad), 'broken.json'))
    expect(w.emitted('imported')).toBeUndefined()
    const alert = w.get('[role="alert"]')
    expect(alert.text()).toMatch(/broken\.json could not be opened, so your scenario is unchanged/)
    const items = alert.findAll('li').map((li) => li.text())
    expect(items).toContain('business.currency: Currency must be a three-letter code like EUR')
    expect(items).toContain(
      'channels.2.handleMinutes: Handle time must be between 0.1 and 240 minutes',
    )
    expect((w.get('input[type="file"]').element as HTMLInputElement).value).toBe('')
  })

  it('shows markup in file names and messages as text', async () => {
    const w = mount(FileActions, { props: { scenario: sampleScenario() } })
    await choose(w, jsonFile('{"__proto__": {"x": 1}}', '<img src=x onerror=alert(1)>.json'))
    const alert = w.get('[role="alert"]')
    expect(alert.find('img').exists()).toBe(false)
    expect(alert.text()).toContain('<img src=x onerror=alert(1)>.json could not be opened')
    expect(alert.text()).toContain('__proto__')
  })

  it('lists at most 20 problems and counts the rest', async () => {
    const bad = JSON.parse(scenarioToJson(sampleScenario())) as { demand: { pattern: unknown[] } }
    bad.demand.pattern = bad.demand.pattern.map(() => 'x')
    const w = mount(FileActions, { props: { scenario: sampleScenario() } })
    await choose(w, jsonFile(JSON.stringify(bad)))
    const alert = w.get('[role="alert"]')
    expect(alert.findAll('li')).toHaveLength(20)
    expect(alert.text()).toMatch(/and \d+ more problems\./)
  })

  it('replaces the error list when a good file follows a bad one', async () => {
    const w = mount(FileActions, { props: { scenario: sampleScenario() } })
    await choose(w, jsonFile('[]'))
    expect(w.find('[role="alert"]').exists()).toBe(true)
    await choose(w, jsonFile(scenarioToJson(sampleScenario())), () => !!w.emitted('imported'))
    expect(w.find('[role="alert"]').exists()).toBe(false)
    expect(w.emitted('imported')).toHaveLength(1)
  })

  it('offers the CSV downloads only once there are results', async () => {
    const scenario: Scenario = sampleScenario()
    for (const c of scenario.channels) c.candidate = c.id === 'phone' || c.id === 'email'
    const w = mount(FileActions, { props: { scenario } })
    expect(button(w, 'Download portfolios (CSV)').attributes('disabled')).toBeDefined()
    expect(button(w, 'Download channels (CSV)').attributes('disabled')).toBeDefined()

    await w.setProps({ recommendation: recommend(scenario) })
    await button(w, 'Download portfolios (CSV)').trigger('click')
    await button(w, 'Download channels (CSV)').trigger('click')
    expect(downloads.map((d) => d.name)).toEqual([
      'riverside-cycles-portfolios.csv',
      'riverside-cycles-channels.csv',
    ])
    const bytes = new Uint8Array((await downloads[0]?.blob.arrayBuffer()) ?? new ArrayBuffer(0))
    // The UTF-8 byte-order mark, for Excel (Blob.text() would drop it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const portfolios = (await downloads[0]?.blob.text()) ?? ''
    expect(portfolios.split('\r\n')[0]).toMatch(/^Rank,Channels,Size,/)
    expect(portfolios.split('\r\n').filter(Boolean)).toHaveLength(1 + 3)
    expect(downloads[1]?.blob.type).toBe('text/csv;charset=utf-8')
    expect(w.emitted('imported')).toBeUndefined()
  })
})
