/**
 * The public sources behind the defaults and presets, in one place (docs/defaults.md lists the
 * figures). A channel default cites a source by name; a preset states it with its finding.
 * Where no public figure exists, the default says "Assumption: …" with its reason instead.
 */

export interface Source {
  /** Who published it, as the source reports it. */
  name: string
  /** What it found that the planner uses. */
  finding: string
}

/** "Name: finding", as a preset lists its sources. */
export function stated(source: Source): string {
  return `${source.name}: ${source.finding}`
}

export const CONTACT_BABEL: Source = {
  name: 'ContactBabel 2014/15 via callcentrehelper.com and destinationcrm.com',
  finding: 'phone service calls take about 5–6.5 min',
}
export const COMM100: Source = {
  name: 'Comm100 Live Chat Benchmark 2019 and 2020',
  finding: 'a chat lasts about 12 min',
}
export const EMAIL_HANDLE: Source = {
  name: 'stealthagents.com citing Salesforce (weak source)',
  finding: 'an email takes 4–6 min',
}
export const CHAT_CONCURRENCY: Source = {
  name: 'Zendesk WFM glossary (1–2 usual); G. Koole via wewfm.com (3–4 at most)',
  finding: 'one person holds 1–2 chats at once, 3–4 at most',
}
export const CHAT_EFFICIENCY: Source = {
  name: 'Call Centre Helper, "Erlang C for chat"',
  finding: 'k chats at once go at 1, 1.7, 2.5, 2.9, 3.5 times one chat for k = 1..5',
}
export const EIGHTY_TWENTY: Source = {
  name: 'Industry 80/20 convention (Call Centre Helper, "Erlang C formula made simple")',
  finding: '80 % of calls answered within 20 seconds',
}
export const ARISE: Source = {
  name: 'Arise 2017 survey',
  finding: '49.8 % want an answer within an hour, 79.2 % within a day',
}
export const TOISTER: Source = {
  name: 'Toister Solutions 2014; Fuze / GetHuman; Fasthosts',
  finding: 'email within about 4 hours',
}
export const SOCIAL_HOUR: Source = {
  name: 'Convince & Convert / Edison Research (42 % expect ≤ 60 min); Lithium / Millward Brown (53 % on Twitter want < 1 h)',
  finding: 'a social reply within the hour',
}
export const SHRINKAGE: Source = {
  name: 'Knowlagent survey via customerthink.com (mean 24 %); opsdog.com (27 %, 13–39 %)',
  finding: 'shrinkage',
}

/** Assumptions several defaults share, each with its reason. */
export const PUBLIC_FIX =
  'Assumption, from The Build Network (2014): a public reply can only say "we\'ll look into it"; refunds and account details need a private channel'
export const UNANSWERED_REPEATS =
  'Assumption: a web agency notes unanswered pages fill with repeated posts from the same customer; no public rate exists, so a middle value'

/** The public articles the model was built from (docs/model.md, "Where the idea comes from"). */
export const AUTHOR_ONE_OR_TWO =
  'A customer-service author: customers switch channels with a click; pick one or two contact methods, do them perfectly and answer fast'
export const PUBLICATION_TWITTER =
  'A business publication (The Build Network, 2014): only 13 % of followers’ Twitter messages to brands got a response, 37 % of responses took up to 10 hours'
export const PUBLICATION_DEALS =
  'A business publication (The Build Network, 2014), citing Twitter’s own data: people follow brands for deals, not service'
export const PUBLIC_REPLY =
  'A business publication (The Build Network, 2014): a public reply can only say "we’ll look into it"; real fixes need a private channel'
export const AGENCY_UNMONITORED =
  'A web agency: an unmonitored page fills with repeated public posts from a customer nobody answered, and small businesses lack the time to watch every account'
export const CATALOG_SETTINGS =
  'Channel settings: the catalog defaults and the sources it names, except where the preset says why it differs'

export const INTERRUPTION: Source = {
  name: 'Altmann & Trafton 2004 (a 3.8 s resumption lag in a lab task); G. Mark, UC Irvine (about 23 min back to interrupted office work); weak for a shop floor',
  finding: 'an interruption costs from seconds to many minutes of the work it breaks into',
}
