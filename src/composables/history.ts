/**
 * Undo and redo over snapshots of the app's state (JSON text). Edits come in bursts (typing,
 * a slider drag): a snapshot is recorded once they pause, so one undo takes back one change a
 * person would name, not one keystroke.
 */
import { computed, ref } from 'vue'

/** Edits closer together than this count as one step. */
export const SETTLE_MS = 400
/** Steps kept. */
export const HISTORY_LIMIT = 100

export function createHistory(initial: string, apply: (snapshot: string) => void) {
  const steps = ref<string[]>([initial])
  const at = ref(0)
  let restoring = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: (() => string) | undefined
  const waiting = ref(false)

  function commit(): void {
    clearTimeout(timer)
    timer = undefined
    const take = pending
    pending = undefined
    waiting.value = false
    if (!take) return
    const text = take()
    if (text === steps.value[at.value]) return
    steps.value = [...steps.value.slice(0, at.value + 1), text].slice(-HISTORY_LIMIT)
    at.value = steps.value.length - 1
  }

  /** Call on every change; the snapshot is taken when changes pause. */
  function record(take: () => string): void {
    if (restoring) return
    pending = take
    waiting.value = true
    clearTimeout(timer)
    timer = setTimeout(commit, SETTLE_MS)
  }

  /** Applies a change that is not an edit (undo, redo, a restored save) without recording it. */
  function quietly(change: () => void): void {
    restoring = true
    try {
      change()
    } finally {
      // Watchers fire after this tick: stay deaf to them until then.
      setTimeout(() => (restoring = false), 0)
    }
  }

  /** Moves `by` steps from where history stands once pending edits are recorded. */
  function go(by: number): void {
    commit()
    const to = at.value + by
    if (to < 0 || to >= steps.value.length) return
    at.value = to
    quietly(() => apply(steps.value[to] as string))
  }

  return {
    record,
    flush: commit,
    undo: () => go(-1),
    redo: () => go(1),
    canUndo: computed(() => at.value > 0 || waiting.value),
    canRedo: computed(() => at.value < steps.value.length - 1),
    /** Starts over from a state set by `change` (a restored save): nothing before it to undo. */
    reset(change: () => void, take: () => string): void {
      clearTimeout(timer)
      pending = undefined
      waiting.value = false
      quietly(change)
      steps.value = [take()]
      at.value = 0
    },
  }
}
