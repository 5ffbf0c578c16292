/**
 * A scenario arriving from a share link or a file opens as a new scenario beside those kept,
 * and the notice says what happened: opened, or not added because this browser already keeps as
 * many scenarios as it can. Then the notice says the limit, how to make room, and keeps the
 * scenario ready to add once there is room.
 */
import type { Scenario } from '@/engine'
import { MAX_SAVED_SCENARIOS } from '@/schemas/saved-state'
import { showNotice } from './notices'

export interface ScenarioAdder {
  openShared(scenario: Scenario): string | undefined
  addScenario(scenario: Scenario): string | undefined
}

/** Adds `scenario` from a link or a file and tells the user the outcome. */
export function openIncoming(
  store: ScenarioAdder,
  scenario: Scenario,
  from: 'link' | 'file',
): void {
  const name = scenario.business.name
  const isLink = from === 'link'
  const key = isLink ? 'link' : 'imported'
  const attempt = (): void => {
    const id = isLink ? store.openShared(scenario) : store.addScenario(scenario)
    if (id !== undefined) {
      showNotice({
        kind: 'info',
        key,
        text: isLink
          ? `Opened "${name}" from the link.`
          : `Opened "${name}" from the file as a new scenario; the others are unchanged.`,
      })
      return
    }
    showNotice({
      kind: 'warning',
      key,
      text: `"${name}" from the ${from} was not added: this browser keeps at most ${MAX_SAVED_SCENARIOS} scenarios, and all ${MAX_SAVED_SCENARIOS} are in use. To make room, choose one you no longer need under Scenario and press Delete, then "Add it now".`,
      action: { label: 'Add it now', run: attempt },
    })
  }
  attempt()
}
