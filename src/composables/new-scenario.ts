/**
 * The guided "New": a scenario from the few answers an owner knows (name, contacts a week and
 * when they come, the channels answered today, the hours there are), everything else from the
 * sample's sourced defaults. With hours given, the plan is for those hours; without, it says
 * how many meeting the targets takes.
 */
import { PATTERN_PRESETS, sampleScenario, type PatternPresetId, type Scenario } from '@/engine'
import { readTypedNumber } from './typed-number'

export interface NewScenarioAnswers {
  name: string
  contactsPerWeek: number
  pattern: PatternPresetId
  offeredToday: readonly string[]
  /** Staff hours a week for customer contacts; undefined when not known. */
  hoursPerWeek: number | undefined
}

export const NEW_SCENARIO_DEFAULTS: NewScenarioAnswers = Object.freeze({
  name: 'My business',
  contactsPerWeek: 100,
  pattern: 'retail-evenings-weekends',
  offeredToday: Object.freeze(['phone', 'email']),
  hoursPerWeek: undefined,
})

export function newScenario(answers: NewScenarioAnswers): Scenario {
  const s = sampleScenario()
  s.business.name = answers.name.trim().slice(0, 80) || NEW_SCENARIO_DEFAULTS.name
  s.demand.contactsPerWeek = answers.contactsPerWeek
  s.demand.pattern = [...PATTERN_PRESETS[answers.pattern].weights]
  const today = new Set(answers.offeredToday)
  for (const c of s.channels) c.offeredToday = today.has(c.id)
  if (answers.hoursPerWeek === undefined) {
    delete s.business.staffHoursPerWeek
    s.analysis.mode = 'meet-targets'
  } else {
    s.business.staffHoursPerWeek = answers.hoursPerWeek
    s.analysis.mode = 'fixed-hours'
  }
  return s
}

/**
 * A number typed by the owner (a decimal comma is fine): the value, or the message to show
 * beside the field.
 */
export function readAnswerNumber(
  text: string,
  { min, max, optional }: { min: number; max: number; optional?: boolean },
): { value: number | undefined } | { error: string } {
  const read = readTypedNumber(text, { syntax: 'lenient' })
  if (read.kind === 'empty') {
    return optional ? { value: undefined } : { error: 'This field needs a number' }
  }
  if (read.kind !== 'number') return { error: 'Enter a number, like 120' }
  const { value } = read
  if (value < min || value > max) {
    return { error: `Enter a number from ${min} to ${max.toLocaleString('en')}` }
  }
  return { value }
}
