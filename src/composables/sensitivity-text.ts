/**
 * What would change the answer, in words: the engine's sensitivity facts (`SensitivityAnalysis`)
 * worded here, numbers and money in the scenario's locale, for the planner, the slide and the
 * handout alike.
 */
import type { Breakpoint, Scenario, SensitivityAnalysis, SensitivityInput } from '@/engine'
import { durationText } from '@/components/print/scenario-text'
import { createFormatters, plainNumber } from './format'

function channelName(scenario: Scenario, id: string): string {
  return scenario.channels.find((c) => c.id === id)?.name ?? id
}

/** "Email and Reviews", in the scenario's language. */
export function setName(scenario: Scenario, ids: readonly string[]): string {
  const names = ids.map((id) => channelName(scenario, id))
  try {
    return new Intl.ListFormat(scenario.business.locale, {
      style: 'long',
      type: 'conjunction',
    }).format(names)
  } catch {
    // A locale Intl refuses: English words still read.
    return names.join(' and ')
  }
}

/** The input's name, as a row heading: "Contacts a week", "Email target time". */
export function inputLabel(input: SensitivityInput, scenario: Scenario): string {
  switch (input.kind) {
    case 'contacts':
      return 'Contacts a week'
    case 'handle-time':
      return 'Handle time (every channel)'
    case 'hours-available':
      return 'Staff hours available'
    case 'target':
      return `${channelName(scenario, input.channelId)} target time`
  }
}

/** An input's value with its unit: "300 contacts", "7.5 min", "30 h", "45 min". */
export function inputValueText(input: SensitivityInput, value: number, scenario: Scenario): string {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  switch (input.kind) {
    case 'contacts':
      return `${fmt.integer(value)} contacts`
    case 'handle-time':
      return `${fmt.decimal(value, 1)}\u00a0min on average`
    case 'hours-available':
      return fmt.hours(value)
    case 'target':
      return durationText(value, scenario.business.locale)
  }
}

/** "Email and Reviews beat Email alone." */
function takesOver(scenario: Scenario, from: readonly string[], to: readonly string[]): string {
  const winner = setName(scenario, to)
  const verb = to.length === 1 ? 'beats' : 'beat'
  const loser = `${setName(scenario, from)}${from.length === 1 ? ' alone' : ''}`
  return `${winner} ${verb} ${loser}`
}

/**
 * "At about 450 contacts a week or more, Email and Reviews beat Email alone." The value is the
 * nearest the search found on that side of today's; "about", since it was found by halving.
 */
export function breakpointSentence(
  b: Breakpoint,
  analysis: Pick<SensitivityAnalysis, 'channelIds'>,
  scenario: Scenario,
): string {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const higher = b.direction === 'higher'
  const change = takesOver(scenario, analysis.channelIds, b.channelIds)
  switch (b.input.kind) {
    case 'contacts':
      return `At about ${fmt.integer(b.value)} contacts a week or ${higher ? 'more' : 'fewer'}, ${change}.`
    case 'hours-available':
      return `With about ${plainNumber(b.value, scenario.business.locale)} h of staff time a week or ${higher ? 'more' : 'less'}, ${change}.`
    case 'target':
      return `With ${channelName(scenario, b.input.channelId)}’s target time at about ${durationText(b.value, scenario.business.locale)} or ${higher ? 'longer' : 'shorter'}, ${change}.`
    case 'handle-time':
      return `With handle times about ${fmt.decimal(b.multiplier, 2)} times today's or ${higher ? 'longer' : 'shorter'}, ${change}.`
  }
}

/** Today's value of an input (from the scenario the analysis is for). */
function todayValue(input: SensitivityInput, scenario: Scenario): number {
  switch (input.kind) {
    case 'contacts':
      return scenario.demand.contactsPerWeek
    case 'hours-available':
      return scenario.business.staffHoursPerWeek ?? 0
    case 'target':
      return scenario.channels.find((c) => c.id === input.channelId)?.targetSeconds ?? 0
    case 'handle-time':
      return 1
  }
}

/** "Phone target time: Email stays the answer from 1 h to 16 h." */
export function steadySentence(
  s: SensitivityAnalysis['steady'][number],
  analysis: Pick<SensitivityAnalysis, 'channelIds'>,
  scenario: Scenario,
): string {
  const today = todayValue(s.input, scenario)
  const value = (m: number) => inputValueText(s.input, today * m, scenario)
  const set = setName(scenario, analysis.channelIds)
  const stays = analysis.channelIds.length === 1 ? 'stays' : 'stay'
  return `${inputLabel(s.input, scenario)}: ${set} ${stays} the answer from ${value(s.lowest)} to ${value(s.highest)}.`
}

/** The headline of the section: how steady the answer is, in one sentence. */
export function sensitivitySummary(analysis: SensitivityAnalysis, scenario: Scenario): string {
  const set = setName(scenario, analysis.channelIds)
  const n = analysis.breakpoints.length
  if (n === 0 && analysis.searching.length === 0) {
    return `${set} stays the answer whichever input moves, from a quarter to four times today's value.`
  }
  if (n === 0) return `No other set has taken over yet in the inputs searched so far.`
  return `${n === 1 ? 'One change' : `${n} changes`} would make another set the answer:`
}
