/**
 * The planner's words in plain language, for a small-business owner rather than a call-centre
 * analyst. `section` points at the methodology heading (its slug id) that gives the detail; a
 * test checks every one still exists, so renaming a heading cannot leave a dead link.
 */

export interface GlossaryEntry {
  /** Stable id for links (`#glossary-…`), independent of the wording of the term. */
  id: string
  term: string
  definition: string
  section?: string
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'glossary-attainment',
    term: 'Attainment',
    definition:
      'The share of all the week’s contacts that get an answer within the target time. Contacts that arrive while nobody is on the channel, or that give up, count as missed.',
    section: 'live-channels-phone-video-call',
  },
  {
    id: 'glossary-shrinkage',
    term: 'Shrinkage',
    definition:
      'Paid time in which people cannot answer customers: breaks, meetings, training, holidays and sick days. With 30 % shrinkage, 7 hours of answering need 10 paid hours.',
    section: 'channels-one-week-hour-by-hour',
  },
  {
    id: 'glossary-occupancy',
    term: 'Occupancy',
    definition:
      'The share of their time on a channel that people spend actually handling contacts; the rest is waiting for the next one. The planner caps it, because nobody can be busy all the time and spare time absorbs sudden bursts.',
    section: 'erlang-c-waiting-without-giving-up-mmn',
  },
  {
    id: 'glossary-coverage',
    term: 'Coverage',
    definition:
      'The hours in the week when someone looks after a channel, for example weekdays 9 to 17. Calls outside these hours go unanswered; written messages wait for the next covered hour.',
    section: 'coverage-presets',
  },
  {
    id: 'glossary-handle-time',
    term: 'Handle time',
    definition:
      'How long one contact takes on average: the call or the writing, plus the wrap-up afterwards (notes, a refund, a follow-up).',
    section: 'notation',
  },
  {
    id: 'glossary-concurrency',
    term: 'Throughput of chats at once',
    definition:
      'How many chats one person keeps going at the same time, and how much faster that gets through them than one chat at a time. Two chats at once are not twice as fast: a throughput of 1.7× means a person answers 1.7 times the chats in an hour that one chat at a time allows.',
    section: 'chat-channels-live-chat-messaging-apps',
  },
  {
    id: 'glossary-patience',
    term: 'Patience',
    definition:
      'How long a caller or chatter waits on average before giving up. Those who give up count as missed. Leave it empty when nobody gives up.',
    section: 'erlang-a-callers-who-hang-up-mmnm',
  },
  {
    id: 'glossary-look',
    term: 'Time per look',
    definition:
      'The minutes it takes to open an inbox or a page and see what is new, even when nothing is. Looked at 40 times a week at 3 minutes a look, a channel takes 2 hours before a single reply.',
    section: 'async-channels-email-web-forms-social-posts-and-messages-reviews-forums',
  },
  {
    id: 'glossary-expectation',
    term: 'Customer expectation',
    definition:
      'How long customers will wait at most for an answer before they try again. Answers later than this count as late, and some of those customers send another message or call again (the repeats).',
    section: 'public-channels-hand-offs-and-repeats',
  },
  {
    id: 'glossary-channel-upkeep',
    term: 'Channel upkeep (tools, setup and training)',
    definition:
      'What a channel costs before any customer uses it: the monthly price of its tools, the hours to set it up once (spread over a year), and the hours of training a month. They are part of its fixed floor.',
    section: 'cost',
  },
  {
    id: 'glossary-target',
    term: 'Target (share within a time)',
    definition:
      'How fast you want to answer, in two parts: a share and a time. “80 % within 20 seconds” means at least 8 in 10 callers are answered within 20 seconds.',
    section: 'staffing-the-least-agents-that-meet-a-target',
  },
  {
    id: 'glossary-staff-hours',
    term: 'Staff hours (paid)',
    definition:
      'The hours you pay people for a week, including shrinkage. This is what staffing costs, whether those hours are spent answering or waiting.',
    section: 'cost',
  },
  {
    id: 'glossary-erlang',
    term: 'Erlang',
    definition:
      'A unit of workload: one Erlang is enough work to keep one person busy all the time. 20 calls an hour of 6 minutes each are 2 Erlangs. Erlang B, C and A are also the names of the queueing formulas the planner uses, after the Danish engineer A. K. Erlang.',
    section: 'notation',
  },
  {
    id: 'glossary-contact',
    term: 'Contact',
    definition:
      'One customer getting in touch once: a call, a chat, an email, a form, a post, a message or a review.',
  },
  {
    id: 'glossary-channel',
    term: 'Channel',
    definition:
      'A way customers can reach you: phone, email, a web form, live chat, WhatsApp or SMS, social media pages, review sites or a forum.',
    section: 'channels-one-week-hour-by-hour',
  },
  {
    id: 'glossary-portfolio',
    term: 'Portfolio',
    definition:
      'The set of channels you offer. The planner tries every possible set of your candidate channels and ranks them.',
    section: 'portfolios-which-channels-to-offer',
  },
  {
    id: 'glossary-spread-thin-curve',
    term: 'Spread-thin curve',
    definition:
      'A chart of the best set of 1, 2, 3 … channels: how staff hours, cost and the share answered on time change as you offer more channels, and why.',
    section: 'the-spread-thin-curve-and-its-causes',
  },
  {
    id: 'glossary-fixed-floor',
    term: 'Fixed floor',
    definition:
      'What a channel costs just for being open, however few customers use it: checking the inbox, the time someone by the phone waits between calls, tools, setup and training. A phone open 40 hours a week for five calls is nearly all floor.',
    section: 'the-spread-thin-curve-and-its-causes',
  },
  {
    id: 'glossary-work-on-contacts',
    term: 'Work on contacts',
    definition:
      'Staff time spent on the contacts themselves: each call, email or post times its handle time, and the upkeep of self-service pages. 40 replies of 3 minutes are 2 hours of it.',
    section: 'the-spread-thin-curve-and-its-causes',
  },
  {
    id: 'glossary-coverage-misses',
    term: 'Coverage misses',
    definition:
      'What customers who find a channel closed or unanswered cost when they give up: their number times the loss share times the value at risk.',
    section: 'the-spread-thin-curve-and-its-causes',
  },
  {
    id: 'glossary-lost-customers',
    term: 'Lost customers',
    definition:
      'What customers cost whose usual channel you do not offer and who do not try another: this falls as channels are added.',
    section: 'the-spread-thin-curve-and-its-causes',
  },
  {
    id: 'glossary-public-misses',
    term: 'Public misses',
    definition:
      'The extra cost of a post answered late, or not at all, on a public page where everyone sees it, on top of what an unanswered contact loses anyway (see the public miss weight).',
    section: 'the-spread-thin-curve-and-its-causes',
  },
  {
    id: 'glossary-queue-headroom',
    term: 'Queue headroom (lost pooling)',
    definition:
      'The people beyond the first by a channel, kept so that customers are answered quickly. Every separate queue needs its own, so splitting one team over more channels needs more of it: work that one queue answers with 4 people can need 6 when split into two queues.',
    section: 'staffing-structures',
  },
  {
    id: 'glossary-dedicated-blended',
    term: 'Dedicated vs blended staffing',
    definition:
      'Dedicated: each channel has its own people. Blended: one team takes the calls first, from one queue where that saves hours, and answers written messages in the quiet moments between them, putting a reply aside when a call comes. It never needs more hours than separate teams.',
    section: 'staffing-structures',
  },
  {
    id: 'glossary-modes',
    term: 'Meet targets vs fixed hours',
    definition:
      'The two ways to ask the planner. Meet targets: how many staff hours each channel needs to reach its target. Fixed hours: you say how many hours you have, and the planner shows what they buy.',
    section: 'modes',
  },
  {
    id: 'glossary-public-miss-weight',
    term: 'Public miss weight',
    definition:
      'How much more a missed public post (on a social page, a review site or a forum) counts than a missed private message, because everyone can see it. The default 2 counts it double.',
    section: 'totals-and-ranking',
  },
  {
    id: 'glossary-value-at-risk',
    term: 'Value at risk per lost contact',
    definition:
      'The money you stand to lose when a customer cannot reach you and gives up, for example the profit on a typical order. It lets the planner weigh lost customers against staff cost.',
    section: 'totals-and-ranking',
  },
  {
    id: 'glossary-loss-share',
    term: 'Loss share',
    definition:
      'Of the customers whose usual channel you do not offer (or who find it closed), the share who give up instead of trying another way.',
    section: 'where-customers-go',
  },
  {
    id: 'glossary-repeat-contacts',
    term: 'Repeat contacts',
    definition:
      'Customers who are not answered as fast as they expect often try again: they call back or send a chaser. Each repeat adds to the work.',
    section: 'public-channels-hand-offs-and-repeats',
  },
  {
    id: 'glossary-hand-off',
    term: 'Hand-off to a private channel',
    definition:
      'A public conversation that needs private details, such as a refund or an account number, moves to a private channel like email or messaging, where it becomes a second contact.',
    section: 'public-channels-hand-offs-and-repeats',
  },
]
