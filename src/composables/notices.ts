/** Messages the app owes the user (a save that failed, a backup kept), shown until dismissed. */
import { ref } from 'vue'

export interface Notice {
  id: number
  kind: 'info' | 'warning' | 'error'
  text: string
  /** An action offered with the message, like undoing a delete. */
  action?: { label: string; run: () => void }
  /** Notices with the same key replace each other (one "storage full" at a time). */
  key?: string
  /**
   * Stays until the app takes it back (changes not being kept): no Dismiss button, and its
   * action leaves it shown.
   */
  persistent?: boolean
}

export const notices = ref<Notice[]>([])
let next = 1

export function showNotice(notice: Omit<Notice, 'id'>): number {
  const id = next++
  const rest = notice.key ? notices.value.filter((n) => n.key !== notice.key) : notices.value
  notices.value = [...rest, { ...notice, id }]
  return id
}

/** Shows a notice unless the same one (key, kind and text) is already shown: no repeat alert. */
export function keepNoticeShown(notice: Omit<Notice, 'id'>): void {
  const shown = notices.value.find((n) => n.key === notice.key)
  if (shown && shown.kind === notice.kind && shown.text === notice.text) return
  showNotice(notice)
}

export function dismissNotice(idOrKey: number | string): void {
  notices.value = notices.value.filter((n) => n.id !== idOrKey && n.key !== idOrKey)
}
