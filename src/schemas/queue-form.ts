import { z } from './zod'
import type { QueueQuestion } from '@/engine'
import { trafficFromRate } from '@/engine'
import { messageNumber } from '@/composables/format'
import { decimalField, optionalDecimalField } from './decimal-field'

/** The load the engine is checked for (see the reference tests). */
export const MAX_TRAFFIC_ERLANGS = 50_000

/** The single-queue calculator's form, as the user types it (text in every field). */
export const QueueForm = z
  .object({
    contactsPerHour: decimalField({
      label: 'Contacts per hour',
      min: 0,
      max: 1_000_000,
      unit: 'contacts',
    }),
    handleMinutes: decimalField({ label: 'Handle time', min: 0.1, max: 240, unit: 'minutes' }),
    targetPercent: decimalField({ label: 'Target share', min: 1, max: 99.9, unit: '%' }),
    targetSeconds: decimalField({ label: 'Target time', min: 0, max: 3600, unit: 'seconds' }),
    maxOccupancyPercent: decimalField({
      label: 'Maximum occupancy',
      min: 10,
      max: 100,
      unit: '%',
    }),
    patienceSeconds: optionalDecimalField({
      label: 'Patience',
      min: 1,
      max: 3600,
      unit: 'seconds',
    }),
  })
  .superRefine((form, ctx) => {
    const erlangs = trafficFromRate(form.contactsPerHour, form.handleMinutes * 60)
    if (erlangs > MAX_TRAFFIC_ERLANGS) {
      ctx.addIssue({
        code: 'custom',
        path: ['contactsPerHour'],
        message: `That is ${messageNumber(Math.round(erlangs), { thinSpaces: true })} Erlangs of work at once; the calculator is checked up to ${messageNumber(MAX_TRAFFIC_ERLANGS, { thinSpaces: true })}`,
      })
    }
  })
  .transform((form): QueueQuestion => ({
    contactsPerHour: form.contactsPerHour,
    handleSeconds: form.handleMinutes * 60,
    targetSeconds: form.targetSeconds,
    targetServiceLevel: form.targetPercent / 100,
    maxOccupancy: form.maxOccupancyPercent / 100,
    patienceSeconds: form.patienceSeconds,
  }))

/** The raw text of each field. */
export type QueueFormText = z.input<typeof QueueForm>
export type QueueFormField = keyof QueueFormText

/** The Call Centre Helper worked example: 100 contacts per 30 minutes, 3 min, 80 % in 20 s. */
export const WORKED_EXAMPLE: QueueFormText = {
  contactsPerHour: '200',
  handleMinutes: '3',
  targetPercent: '80',
  targetSeconds: '20',
  maxOccupancyPercent: '85',
  patienceSeconds: '',
}

/** The first message for each field that failed, keyed by field. */
export function fieldErrors(
  error: z.ZodError | undefined,
): Partial<Record<QueueFormField, string>> {
  const out: Partial<Record<QueueFormField, string>> = {}
  for (const issue of error?.issues ?? []) {
    const field = issue.path[0]
    if (typeof field === 'string' && field in WORKED_EXAMPLE) {
      const key = field as QueueFormField
      out[key] ??= issue.message
    }
  }
  return out
}
