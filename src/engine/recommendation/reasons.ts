/**
 * The reason given with a recommendation: a sentence or three built from the numbers, in the
 * scenario's locale.
 */
import { meetsTarget } from '../model/limits'
import type { Scenario } from '../model/types'
import type { PortfolioTotals } from '../portfolio/totals'

/** Number words in the scenario's locale, with plain fallbacks for a locale Intl refuses. */
interface Words {
  pct: (x: number) => string
  num: (x: number) => string
  cash: (x: number) => string
  list: (p: PortfolioTotals) => string
}

function formatOrNull(make: () => Intl.NumberFormat): Intl.NumberFormat | undefined {
  try {
    return make()
  } catch {
    // An unknown locale or currency: the caller falls back to plain digits.
    return undefined
  }
}

function wordsFor(scenario: Scenario, names: ReadonlyMap<string, string>): Words {
  const { locale, currency } = scenario.business
  const percent = formatOrNull(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  )
  const whole = formatOrNull(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }))
  const money = formatOrNull(
    () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }),
  )
  return {
    pct: (x) => percent?.format(x) ?? `${Math.round(x * 100)} %`,
    num: (x) => whole?.format(x) ?? String(Math.round(x)),
    cash: (x) => money?.format(x) ?? `${Math.round(x)} ${currency}`,
    list: (p) => listOf(p.channelIds, names, locale),
  }
}

function listOf(
  ids: readonly string[],
  names: ReadonlyMap<string, string>,
  locale: string,
): string {
  const labels = ids.map((id) => names.get(id) ?? id)
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(labels)
  } catch {
    // A locale Intl refuses: English words still read.
    return labels.join(' and ')
  }
}

export function explain(
  scenario: Scenario,
  recommended: PortfolioTotals,
  current: PortfolioTotals | undefined,
  bestOfAnySize: PortfolioTotals,
  largerPaysOff: boolean,
  names: ReadonlyMap<string, string>,
  /** Whether the sweep found any set of one or two channels that meets its targets as far as cover allows. */
  smallCanReach = recommended.targetsReached,
): string {
  const w = wordsFor(scenario, names)
  const fixedHours = scenario.analysis.mode === 'fixed-hours'
  const one = recommended.size === 1
  const lead = fixedHours
    ? `${w.list(recommended)} ${one ? 'serves' : 'serve'} ${w.pct(recommended.servedWellShare)} of all your customers within target with ${w.num(recommended.staffHours)} staff hours a week (${w.cash(recommended.cost.total)} a week).`
    : `${w.list(recommended)} ${one ? 'answers' : 'answer'} ${w.pct(recommended.attainment)} of contacts within target for ${w.num(recommended.staffHours)} staff hours a week (${w.cash(recommended.cost.total)} a week).`
  const sentences = [capitalise(lead)]
  if (!recommended.targetsMet) {
    const short = shortfalls(scenario, recommended, names, w.pct)
    if (!fixedHours && !recommended.targetsReached && smallCanReach) {
      sentences.push(
        short
          ? `It misses a target it could reach: ${short}.`
          : 'It misses a target it could reach with these settings.',
      )
    } else if (!fixedHours && !recommended.targetsReached) {
      sentences.push(
        `No set of one or two channels meets its targets as far as its hours of cover allow; this one costs least, lost customers included${short ? `: ${short}` : ''}.`,
      )
    } else if (!fixedHours) {
      sentences.push(
        short
          ? `It meets its targets as far as its hours of cover allow: ${short}.`
          : 'It meets its targets as far as its hours of cover allow.',
      )
    } else {
      sentences.push(
        short
          ? `It still misses a target: ${short}.`
          : 'It still misses a target with these hours and settings.',
      )
    }
  }
  if (current && current.mask !== recommended.mask) {
    sentences.push(currentSentence(current, recommended, w, fixedHours))
  }
  if (largerPaysOff) sentences.push(largerSentence(recommended, bestOfAnySize, w, fixedHours))
  return sentences.join(' ')
}

/** Staff hours that differ by less than this read as the same in a sentence. */
const HOURS_WORTH_SAYING = 0.5
/** Fewer unanswered contacts a week than this round to none in a sentence. */
const CONTACTS_WORTH_SAYING = 0.5

/**
 * Today's set beside the recommended one, by the figure the mode ranks by first: whether it
 * meets its targets as far as cover allows (meet targets) or the share of all customers served
 * within target (fixed hours); then the money, lost customers included.
 */
function currentSentence(
  current: PortfolioTotals,
  recommended: PortfolioTotals,
  w: Words,
  fixedHours: boolean,
): string {
  const extraHours = current.staffHours - recommended.staffHours
  const dearer = current.totalWithLostValue - recommended.totalWithLostValue
  const money =
    dearer >= 0
      ? `costs ${w.cash(dearer)} a week more, lost customers included`
      : `costs ${w.cash(-dearer)} a week less, lost customers included`
  const hours =
    Math.abs(extraHours) >= HOURS_WORTH_SAYING
      ? `takes ${w.num(Math.abs(extraHours))} ${extraHours >= 0 ? 'more' : 'fewer'} staff hours, `
      : ''
  const unanswered =
    current.unserved >= CONTACTS_WORTH_SAYING
      ? `, leaving ${w.num(current.unserved)} contacts a week unanswered`
      : ''
  const set = `Your current set (${w.list(current)})`
  if (fixedHours) {
    return `${set} serves ${w.pct(current.servedWellShare)} of all your customers within target with ${w.num(current.staffHours)} staff hours, and ${money}${unanswered}.`
  }
  if (!current.targetsReached && recommended.targetsReached) {
    return `${set} misses targets it could reach: it answers ${w.pct(current.attainment)} within target${unanswered}; it ${hours}${money}.`
  }
  return `${set} ${hours}${money}, and answers ${w.pct(current.attainment)} within target${unanswered}.`
}

/** The best set of any size, when it ranks above the recommended one: what it buys. */
function largerSentence(
  recommended: PortfolioTotals,
  best: PortfolioTotals,
  w: Words,
  fixedHours: boolean,
): string {
  const saving = recommended.totalWithLostValue - best.totalWithLostValue
  if (fixedHours) {
    return `A larger set serves more of your customers within target with the same hours: ${w.list(best)} ${w.pct(best.servedWellShare)}.`
  }
  if (best.targetsReached && !recommended.targetsReached) {
    return `A larger set meets its targets as far as cover allows: ${w.list(best)}, for ${w.cash(Math.abs(saving))} a week ${saving >= 0 ? 'less' : 'more'}, lost customers included.`
  }
  return `A larger set pays for itself here: ${w.list(best)} saves ${w.cash(saving)} a week, mostly by keeping customers who would otherwise go elsewhere.`
}

/** "Email answers 64 % within its target; Facebook 12 %", for the channels that miss. */
function shortfalls(
  scenario: Scenario,
  p: PortfolioTotals,
  names: ReadonlyMap<string, string>,
  pct: (x: number) => string,
): string {
  const parts: string[] = []
  for (const ch of p.channels) {
    if (ch.figures.targetMet) continue
    const channel = scenario.channels.find((c) => c.id === ch.channelId)
    if (!channel) continue
    const f = ch.figures
    const share = f.contactsOffered > 0 ? f.withinTarget / f.contactsOffered : 1
    const best = f.contactsOffered > 0 ? f.bestPossibleWithin / f.contactsOffered : 1
    const reach = !meetsTarget(best, channel.targetShare)
      ? ` (its hours of cover allow at most ${pct(best)}, whatever the staff)`
      : ''
    parts.push(
      `${names.get(ch.channelId) ?? ch.channelId} answers ${pct(share)} within its target of ${pct(channel.targetShare)}${reach}`,
    )
  }
  return parts.join('; ')
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
