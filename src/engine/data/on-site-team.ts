/**
 * The people on site, for the alongside-other-work structure: the defaults a new scenario starts
 * from. Who is on site and how busy they are is the business's own situation, not a public
 * figure: the defaults are a middle case (two people, busy with customers 60 % of the time in
 * spells of 5 minutes) that the user replaces with their own. The interruption's cost has
 * sources, though weak ones for a shop floor (docs/defaults.md).
 */
import type { OnSiteTeam } from '../model/types'
import { INTERRUPTION, type Source } from './sources'

export const ON_SITE_DEFAULTS: Readonly<OnSiteTeam> = Object.freeze({
  people: 2,
  otherWorkShare: 0.6,
  otherWorkMinutes: 5,
  interruptionMinutes: 1,
})

/** Where each default comes from: a source, or "Assumption: …" with the reason. */
export const ON_SITE_SOURCES: Readonly<Record<keyof OnSiteTeam, Source | string>> = Object.freeze({
  people: 'Assumption: two people on the floor, the smallest team that can cover for each other',
  otherWorkShare:
    'Assumption: busy with customers, cooking or repairs 60 % of the time in opening hours; enter your own',
  otherWorkMinutes: 'Assumption: serving one customer takes about 5 minutes; a repair much longer',
  interruptionMinutes: {
    ...INTERRUPTION,
    finding: `${INTERRUPTION.finding}: 1 minute a contact, between the two (picking up, getting back to the customer)`,
  },
})
