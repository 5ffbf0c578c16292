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
}

export const notices = ref<Notice[]>([])
let next = 1

export function showNotice(notice: Omit<Notice, 'id'>): number {
  const id = next++
  const rest = notice.key ? notices.value.filter((n) => n.key !== notice.key) : notices.value
  notices.value = [...rest, { ...notice, id }]
  return id
}

export function dismissNotice(idOrKey: number | string): void {
  notices.value = notices.value.filter((n) => n.id !== idOrKey && n.key !== idOrKey)
}
