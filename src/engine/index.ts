/**
 * The engine's one public entry point: what the app, its worker and the benchmark use. Pure
 * TypeScript: nothing here touches Vue, zod or the DOM. Tests reach the layers directly.
 *
 *   model/           the scenario's types, the planning week, limits and argument checks
 *   queueing/        Erlang B, C and A, staffing to a target, the single-queue calculator
 *   channels/        one channel for one week: live and chat (live/), async (async/), repeats
 *   portfolio/       a set of channels: customer flow, staffing structures, fixed hours, totals
 *   recommendation/  every portfolio ranked, the spread-thin curve, the recommendation
 *   simulation/      a seeded discrete-event week of one channel, to check the model, and
 *                    the watched week of a set (its piles hour by hour)
 *   data/            sourced defaults: sources, channel catalog, week presets, scenarios
 *
 * A layer imports only from itself and the layers above it in this list.
 */
export type {
  AnalysisSettings,
  Business,
  CatalogChannelId,
  Channel,
  ChannelKind,
  Demand,
  OnSiteTeam,
  PlanningMode,
  Scenario,
  SelfService,
  StaffingStructure,
} from './model/types'
export { HOURS_PER_WEEK } from './model/types'
export { MAX_CANDIDATES } from './model/limits'
export {
  coverageFromDays,
  coveredHours,
  DAY_NAMES,
  DAYS_PER_WEEK,
  HOURS_PER_DAY,
} from './model/week'

export { agentsForTarget, type StaffingInput } from './queueing/staffing'
export {
  analyseQueue,
  trafficFromRate,
  type QueueAnswer,
  type QueuePoint,
  type QueueQuestion,
} from './queueing/single-queue'

export type { ChannelCost } from './channels/cost'
export {
  evaluateChannel,
  type ChannelEvaluationInput,
  type ChannelResult,
  type StaffingPlan,
} from './channels/evaluate'
export type { SelfServiceResult } from './channels/self-service'

export { CurveCache, type CurveSeed } from './portfolio/curve-cache'
export type { CurveEntries } from './portfolio/curves'
export type { ChannelFigures } from './portfolio/figures'
export { evaluatePortfolio } from './portfolio/evaluate'
export {
  evaluateScenarioChannels,
  type ScenarioChannelsResult,
} from './portfolio/scenario-channels'
export type {
  CostCauses,
  PortfolioChannel,
  PortfolioCost,
  PortfolioTotals,
} from './portfolio/totals'

export {
  recommend,
  recommendationSteps,
  recommendFrom,
  type Recommendation,
} from './recommendation/recommend'
export type { AnalysisProgress, AnalysisStage } from './recommendation/progress'
export type { DroppedChannel } from './recommendation/dropped'
export {
  escalationPaths,
  oneResponseTarget,
  type EscalationPath,
  type OneResponseTarget,
} from './portfolio/escalation'
export type {
  CurrentComparison,
  LargerComparison,
  Reason,
  ReasonShortfall,
  ReasonStanding,
} from './recommendation/reasons'
export {
  analyseSensitivity,
  SENSITIVITY_STEP,
  sensitivitySteps,
  type Breakpoint,
  type SensitivityAnalysis,
  type SensitivityBar,
  type SensitivityInput,
  type SensitivityPoint,
  type SensitivityProgress,
} from './recommendation/sensitivity'
export { compareRank, RANKING_KEYS, type RankingKey } from './recommendation/ranking'
export {
  analysePortfolios,
  analysisSteps,
  AnalysisStopped,
  type AnalysisOptions,
  type PortfolioAnalysis,
  type SpreadThinPoint,
} from './recommendation/sweep'

export { createRandom } from './simulation/random'
export { simulationInputFor } from './simulation/from-plan'
export { simulateWeek } from './simulation/simulate-week'
export {
  WATCH_SEED,
  watchWeek,
  type WatchedChannel,
  type WatchedWeek,
} from './simulation/watch-week'
export type { SimulationInput, SimulationResult, SimulationStaffing } from './simulation/types'

export { CATALOG_CHANNEL_IDS, channelCatalog, channelFromCatalog } from './data/catalog'
export type {
  CatalogEntry,
  ChannelDefaults,
  ChannelSources,
  SourcedChannelField,
  SourcedValue,
} from './data/catalog-entry'
export { sampleScenario } from './data/sample-scenario'
export { ON_SITE_DEFAULTS, ON_SITE_SOURCES } from './data/on-site-team'
export {
  SCENARIO_PRESETS,
  type ScenarioPreset,
  type ScenarioPresetId,
} from './data/scenario-presets'
export {
  COVERAGE_PRESETS,
  PATTERN_PRESETS,
  type CoveragePreset,
  type CoveragePresetId,
  type PatternPreset,
  type PatternPresetId,
} from './data/week-presets'
