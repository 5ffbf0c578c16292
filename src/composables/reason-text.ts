/**
 * The reason under the recommendation, worded from the engine's facts (`Recommendation.reason`),
 * numbers and money in the scenario's locale: what the recommended set achieves for what, how it
 * stands against its targets, today's set beside it, and the best set of three or more.
 */
import type { PortfolioTotals, Reason, Scenario } from '@/engine'
import { createFormatters, type Formatters } from './format'
import { setName } from './sensitivity-text'

/** Staff hours that differ by less than this read as the same in a sentence. */
const HOURS_WORTH_SAYING = 0.5
/** Fewer unanswered contacts a week than this round to none in a sentence. */
const CONTACTS_WORTH_SAYING = 0.5
/** Money a week below this reads as "about the same". */
const MONEY_WORTH_SAYING = 0.5
/** A share of customers below this (half a point) reads as "as many". */
const SHARE_WORTH_SAYING = 0.005

interface Words {
  fmt: Formatters
  pct: (share: number) => string
  list: (ids: readonly string[]) => string
  name: (id: string) => string
}

function wordsFor(scenario: Scenario): Words {
  const { locale, currency } = scenario.business
  const fmt = createFormatters(locale, currency)
  const names = new Map(scenario.channels.map((c) => [c.id, c.name]))
  return {
    fmt,
    pct: (share) => fmt.percent(share, 0),
    name: (id) => names.get(id) ?? id,
    list: (ids) => setName(scenario, ids),
  }
}

/** The recommended set's figures the lead sentence says. */
export type ReasonLead = Pick<
  PortfolioTotals,
  'channelIds' | 'size' | 'staffHours' | 'attainment' | 'servedWellShare'
> & { cost: { total: number } }

export function reasonText(
  recommendation: { recommended: ReasonLead; reason: Reason },
  scenario: Scenario,
): string {
  const w = wordsFor(scenario)
  const { recommended: rec, reason } = recommendation
  const fixedHours = scenario.analysis.mode === 'fixed-hours'
  const one = rec.size === 1
  const set = w.list(rec.channelIds)
  const hours = `${w.fmt.integer(rec.staffHours)} staff hours a week (${w.fmt.money(rec.cost.total)} a week)`
  const lead = fixedHours
    ? `${set} ${one ? 'serves' : 'serve'} ${w.pct(rec.servedWellShare)} of all your customers within target with ${hours}.`
    : `${set} ${one ? 'answers' : 'answer'} ${w.pct(rec.attainment)} of contacts within target for ${hours}.`
  const sentences = [capitalise(lead)]
  const standing = standingSentence(reason, w)
  if (standing) sentences.push(standing)
  if (reason.current) sentences.push(currentSentence(reason.current, w, fixedHours))
  const larger = largerSentence(reason, w, fixedHours)
  if (larger) sentences.push(larger)
  return sentences.join(' ')
}

function standingSentence(reason: Reason, w: Words): string | undefined {
  const short = reason.shortfalls
    .map((s) => {
      const reach =
        s.coverAllows === undefined
          ? ''
          : ` (its hours of cover allow at most ${w.pct(s.coverAllows)}, whatever the staff)`
      return `${w.name(s.channelId)} answers ${w.pct(s.withinTargetShare)} within its target of ${w.pct(s.targetShare)}${reach}`
    })
    .join('; ')
  switch (reason.standing) {
    case 'targets-met':
      return undefined
    case 'misses-reachable':
      return short
        ? `It misses a target it could reach: ${short}.`
        : 'It misses a target it could reach with these settings.'
    case 'none-can-reach':
      return `No set of one or two channels meets its targets as far as its hours of cover allow; this one costs least, lost customers included${short ? `: ${short}` : ''}.`
    case 'as-far-as-cover':
      return short
        ? `It meets its targets as far as its hours of cover allow: ${short}.`
        : 'It meets its targets as far as its hours of cover allow.'
    case 'misses':
      return short
        ? `It still misses a target: ${short}.`
        : 'It still misses a target with these hours and settings.'
  }
}

/**
 * Today's set beside the recommended one, by the figure the mode ranks by first (whether it
 * meets its targets as far as cover allows, or the share of all customers served within
 * target), then the money, lost customers included.
 */
function currentSentence(c: NonNullable<Reason['current']>, w: Words, fixedHours: boolean): string {
  const dearer = c.extraCostWithLostValue
  const money =
    dearer >= 0
      ? `costs ${w.fmt.money(dearer)} a week more, lost customers included`
      : `costs ${w.fmt.money(-dearer)} a week less, lost customers included`
  const hours =
    Math.abs(c.extraStaffHours) >= HOURS_WORTH_SAYING
      ? `takes ${counted(Math.abs(c.extraStaffHours), c.extraStaffHours >= 0 ? 'more staff hour' : 'fewer staff hour', w)}, `
      : ''
  const unanswered =
    c.unserved >= CONTACTS_WORTH_SAYING
      ? `, leaving ${counted(c.unserved, 'contact', w)} a week unanswered`
      : ''
  const set = `Your current set (${w.list(c.channelIds)})`
  if (fixedHours) {
    return `${set} serves ${w.pct(c.servedWellShare)} of all your customers within target with ${w.fmt.integer(c.staffHours)} staff hours, and ${money}${unanswered}.`
  }
  if (c.missesReachable) {
    return `${set} misses targets it could reach: it answers ${w.pct(c.attainment)} within target${unanswered}; it ${hours}${money}.`
  }
  return `${set} ${hours}${money}, and answers ${w.pct(c.attainment)} within target${unanswered}.`
}

/** The best set of three or more: what it buys when it ranks above, why not when below. */
function largerSentence(reason: Reason, w: Words, fixedHours: boolean): string | undefined {
  const l = reason.larger
  if (!l) return undefined
  const set = w.list(l.channelIds)
  if (l.kind === 'ranks-above') {
    if (fixedHours) {
      return `A larger set serves more of your customers within target with the same hours: ${set} ${w.pct(l.servedWellShare)}.`
    }
    if (l.reachesWhereSmallCannot) {
      return `A larger set meets its targets as far as cover allows: ${set}, for ${w.fmt.money(Math.abs(l.saving))} a week ${l.saving >= 0 ? 'less' : 'more'}, lost customers included.`
    }
    return `A larger set pays for itself here: ${set} saves ${w.fmt.money(l.saving)} a week, mostly by keeping customers who would otherwise go elsewhere.`
  }
  if (fixedHours) {
    if (l.unstaffedChannels > 0) {
      return `Three or more channels would leave one with no hours: the best such set, ${set}, cannot answer them all.`
    }
    return l.fewerServedWell >= SHARE_WORTH_SAYING
      ? `Spreading the same hours over three or more channels serves fewer: the best such set, ${set}, serves about ${pointsText(l.fewerServedWell, w)} fewer of all your customers within target.`
      : `Spreading the same hours over three or more channels serves no more: the best such set is ${set}.`
  }
  if (l.missesReachable) {
    return `No set of three or more channels meets its targets as far as cover allows: the best of them, ${set}, misses one it could reach.`
  }
  return l.extraCostWithLostValue >= MONEY_WORTH_SAYING
    ? `Adding channels does not pay: the best set of three or more, ${set}, costs about ${w.fmt.money(l.extraCostWithLostValue)} a week more, lost customers included.`
    : `Adding channels does not pay: the best set of three or more, ${set}, costs about the same, lost customers included, with more channels to keep up.`
}

/** A count and its noun, singular when it rounds to one: "1 more staff hour", "4 contacts". */
function counted(value: number, noun: string, w: Words): string {
  return `${w.fmt.integer(value)} ${Math.round(value) === 1 ? noun : `${noun}s`}`
}

/** A difference of shares in percentage points: "12 points", "1 point". */
function pointsText(share: number, w: Words): string {
  const points = Math.round(share * 100)
  return `${w.fmt.integer(points)} ${points === 1 ? 'point' : 'points'}`
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
