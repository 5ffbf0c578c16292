/**
 * Every built-in scenario preset is a scenario file the app's own parser accepts, unchanged, as
 * the app holds it and as a saved file or a share link holds it (through JSON). The presets'
 * figures and stories are checked in src/engine/data/__tests__/presets/.
 */
import { describe, expect, it } from 'vitest'
import { SCENARIO_PRESETS } from '@/engine'
import { parseScenarioDocument } from '../scenario-migrations'

describe.each(SCENARIO_PRESETS.map((p) => [p.id, p] as const))('preset %s', (_id, preset) => {
  it('builds a scenario the file format accepts, unchanged by parsing', () => {
    const scenario = preset.build()
    expect(parseScenarioDocument(scenario)).toEqual({ ok: true, scenario })
  })

  it('survives a round trip through JSON, as a saved file or a share link holds it', () => {
    const scenario = preset.build()
    expect(parseScenarioDocument(JSON.parse(JSON.stringify(scenario)))).toEqual({
      ok: true,
      scenario,
    })
  })
})
