import { defineStore } from 'pinia'
import { computed, reactive } from 'vue'
import { analyseQueue, type QueueAnswer, type QueueQuestion } from '@/engine'
import { MESSAGE_CHARS, shorten } from '@/schemas/messages'
import { fieldErrors, QueueForm, WORKED_EXAMPLE, type QueueFormText } from '@/schemas/queue-form'

export type QueueOutcome = { ok: true; answer: QueueAnswer } | { ok: false; message: string }

/**
 * The single-queue calculator: the form's text in, the engine's answer out. While any field
 * is invalid the last valid question stays in force, so the answer on screen never turns into
 * NaN or disappears; the invalid field shows its message instead.
 */
export const useQueueCalculatorStore = defineStore('queue-calculator', () => {
  const form = reactive<QueueFormText>({ ...WORKED_EXAMPLE })

  const validation = computed(() => QueueForm.safeParse({ ...form }))
  const errors = computed(() => fieldErrors(validation.value.error))
  const isValid = computed(() => validation.value.success)

  const initial = QueueForm.parse(WORKED_EXAMPLE)
  const question = computed<QueueQuestion>((previous) => {
    const v = validation.value
    return v.success ? v.data : (previous ?? initial)
  })

  const outcome = computed<QueueOutcome>(() => {
    try {
      return { ok: true, answer: analyseQueue(question.value) }
    } catch (error) {
      // Validation should make this unreachable; if the engine still refuses, say why.
      const message = error instanceof Error ? error.message : String(error)
      return {
        ok: false,
        message: `This question could not be answered: ${shorten(message, MESSAGE_CHARS)}`,
      }
    }
  })

  function reset(): void {
    Object.assign(form, WORKED_EXAMPLE)
  }

  return { form, errors, isValid, question, outcome, reset }
})
