/**
 * Keys that move between slides: arrows, Page Down / Page Up (what presentation clickers
 * send), Space / Shift+Space, Home and End. A key belongs to the control that has focus when
 * that control uses it itself: a text field or a select takes every key; a slider takes only
 * the arrows (Page Up / Page Down, Home, End and Space always move slides, so a clicker pressed
 * while a slider has focus never sets hours to 0 or contacts to ×4); a button, link or summary
 * takes Space (it presses them); a box that scrolls sideways takes the arrows.
 */
import { onBeforeUnmount, onMounted } from 'vue'

export type SlideMove = 'next' | 'previous' | 'first' | 'last'

export function slideMoveFor(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
): SlideMove | undefined {
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next'
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous'
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? 'previous' : 'next'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    default:
      return undefined
  }
}

const TYPES_INTO =
  'input:not([type="range"]), select, textarea, [contenteditable]:not([contenteditable="false"])'
const SLIDER = 'input[type="range"], [role="slider"]'
const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'])
const PRESSED_BY_SPACE = 'button, a[href], summary, [role="button"], [role="link"]'

/** Does the focused control use this key itself? */
export function keyBelongsToFocus(event: KeyboardEvent): boolean {
  const target = event.target
  if (!(target instanceof Element)) return false
  if (target.closest(TYPES_INTO)) return true
  if (target.closest(SLIDER)) return ARROWS.has(event.key)
  if (event.key === ' ' || event.key === 'Spacebar') return !!target.closest(PRESSED_BY_SPACE)
  if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
    return target instanceof HTMLElement && target.scrollWidth > target.clientWidth
  }
  return false
}

/**
 * After a slider was dragged with the pointer, focus goes back to `home` (the slide), so the
 * next clicker press moves the slide and not the slider. A slider reached with Tab keeps focus
 * for its arrow keys until Escape or Tab moves on.
 */
export function handFocusBack(home: HTMLElement | null | undefined): void {
  home?.focus({ preventScroll: true })
}

/** Listens for slide keys on the whole page while the component is mounted. */
export function useSlideKeys(move: (to: SlideMove) => void): void {
  function onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.isComposing) return
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const to = slideMoveFor(event)
    if (!to || keyBelongsToFocus(event)) return
    event.preventDefault()
    move(to)
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
