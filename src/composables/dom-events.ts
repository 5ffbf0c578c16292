/** What a form control's event carries, without casting its target. */

/** The text of the input, select or text area the event came from. */
export function eventText(event: Event): string | undefined {
  const target = event.target
  if (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  ) {
    return target.value
  }
  return undefined
}

/** Whether the checkbox the event came from is ticked. */
export function eventChecked(event: Event): boolean | undefined {
  return event.target instanceof HTMLInputElement ? event.target.checked : undefined
}
