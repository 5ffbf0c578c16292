/** The inputs of several scenarios side by side, each row marked when the scenarios differ. */
import { COVERAGE_PRESETS, PATTERN_PRESETS, type Scenario } from '@/engine'
import { createFormatters } from '@/composables/format'

export interface CompareRow {
  label: string
  values: string[]
  differs: boolean
}

function patternLabel(pattern: readonly number[]): string {
  const total = pattern.reduce((s, w) => s + w, 0)
  for (const preset of Object.values(PATTERN_PRESETS)) {
    if (preset.weights.every((w, h) => Math.abs(w - (pattern[h] ?? 0) / total) < 1e-9))
      return preset.label
  }
  return 'Own pattern'
}

function coverageLabel(coverage: readonly boolean[]): string {
  for (const preset of Object.values(COVERAGE_PRESETS)) {
    if (preset.flags.every((f, h) => f === coverage[h])) return preset.label
  }
  return `Own hours (${coverage.filter(Boolean).length} h a week)`
}

export function compareRows(scenarios: readonly Scenario[]): CompareRow[] {
  const rows: CompareRow[] = []
  const add = (label: string, value: (s: Scenario) => string) => {
    const values = scenarios.map(value)
    rows.push({ label, values, differs: new Set(values).size > 1 })
  }
  const fmt = (s: Scenario) => createFormatters(s.business.locale, s.business.currency)
  add('Contacts a week', (s) => fmt(s).integer(s.demand.contactsPerWeek))
  add('When customers get in touch', (s) => patternLabel(s.demand.pattern))
  add('Cost of a staff hour', (s) => fmt(s).money(s.business.costPerHour))
  add('Staff hours a week', (s) =>
    s.business.staffHoursPerWeek === undefined
      ? 'not set'
      : fmt(s).hours(s.business.staffHoursPerWeek),
  )
  add('Plan for', (s) =>
    s.analysis.mode === 'meet-targets' ? 'meeting every target' : 'the hours available',
  )
  add('Team', (s) =>
    s.analysis.structure === 'dedicated' ? 'own people per channel' : 'one team for all',
  )
  add('Value of a lost customer', (s) => fmt(s).money(s.valueAtRiskPerLostContact))
  add('Self-service', (s) =>
    s.selfService.enabled ? `answers ${fmt(s).percent(s.selfService.deflectionShare, 0)}` : 'none',
  )
  const ids = [...new Set(scenarios.flatMap((s) => s.channels.map((c) => c.id)))]
  for (const id of ids) {
    const name = scenarios.flatMap((s) => s.channels).find((c) => c.id === id)?.name ?? id
    add(name, (s) => {
      const c = s.channels.find((x) => x.id === id)
      if (!c || !c.candidate) return 'not considered'
      const f = fmt(s)
      const target =
        c.kind === 'async'
          ? `${f.decimal(c.targetSeconds / 3600, 1)} h`
          : `${f.integer(c.targetSeconds)} s`
      return `${c.offeredToday ? 'offered today; ' : ''}${f.percent(c.targetShare, 0)} within ${target}; ${coverageLabel(c.coverage)}`
    })
  }
  return rows
}
