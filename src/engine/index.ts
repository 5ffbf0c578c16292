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
