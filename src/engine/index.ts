/** The engine's one public entry point. Pure TypeScript: nothing here touches Vue, zod or the DOM. */
export { erlangB } from './erlang-b'
export { erlangC, type ErlangCInput, type ErlangCResult } from './erlang-c'
export { erlangA, type ErlangAInput, type ErlangAResult } from './erlang-a'
export { agentsForTarget, normalQuantile, type StaffingInput } from './staffing'
export {
  analyseQueue,
  queuePoint,
  trafficFromRate,
  CURVE_ABOVE,
  CURVE_BELOW,
  type QueueAnswer,
  type QueuePoint,
  type QueueQuestion,
} from './single-queue'
export {
  patternFromProfile,
  coverageFromDays,
  coverageUnion,
  coveredHours,
  hourLabel,
  PATTERN_PRESETS,
  COVERAGE_PRESETS,
  DAY_NAMES,
  DAYS_PER_WEEK,
  HOURS_PER_DAY,
  type PatternPreset,
  type PatternPresetId,
  type CoveragePreset,
  type CoveragePresetId,
} from './week'
export {
  channelCatalog,
  selfServiceCatalog,
  channelFromCatalog,
  CATALOG_CHANNEL_IDS,
  CONCURRENCY_EFFICIENCY,
  type CatalogEntry,
  type ChannelDefaults,
  type ChannelSources,
  type SelfServiceCatalogEntry,
  type SourcedChannelField,
  type SourcedValue,
} from './catalog'
export { sampleScenario } from './sample-scenario'
export {
  createRandom,
  exponential,
  chatEfficiency,
  simulateWeek,
  simulateAttainment,
  simulationInputFor,
  type AttainmentEstimate,
  type SimulationInput,
  type SimulationResult,
  type SimulationStaffing,
} from './simulate'
export {
  evaluateChannel,
  applySelfService,
  allocateLiveHours,
  weeklyCost,
  type ChannelEvaluationInput,
  type ChannelResult,
  type ChannelCost,
  type SelfServiceResult,
} from './channel'
export { evaluateScenarioChannels, type ScenarioChannelsResult } from './scenario-channels'
export { HOURS_PER_WEEK } from './types'
export type {
  Business,
  CatalogChannelId,
  Channel,
  ChannelKind,
  Demand,
  Scenario,
  SelfService,
} from './types'
export {
  createPortfolioContext,
  evaluatePortfolio,
  redistribute,
  totalPortfolio,
  type CostCauses,
  type PortfolioContext,
  type PortfolioCost,
  type PortfolioTotals,
} from './portfolio'
export {
  analysePortfolios,
  analysisSteps,
  AnalysisStopped,
  compareRank,
  MAX_CANDIDATES,
  recommend,
  recommendFrom,
  type AnalysisOptions,
  type AnalysisProgress,
  type PortfolioAnalysis,
  type Recommendation,
  type SpreadThinPoint,
} from './analysis'
export { ChannelCurve, CurveCache, type ChannelFigures } from './channel-curve'
export { SCENARIO_PRESETS, presetById, type ScenarioPreset, type ScenarioPresetId } from './presets'
