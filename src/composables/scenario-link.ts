/**
 * The shortest link to a scenario, kept up to date as it changes: for the QR slide and the
 * handout. Made from the page's own address (its fragment dropped), so it works wherever the
 * app is hosted; an answer overtaken by a newer scenario is dropped.
 */
import { ref, watch, type Ref } from 'vue'
import type { Scenario } from '@/engine'
import { encodeShortestLink, shareUrl } from './share-link'

export function useScenarioLink(scenario: () => Scenario | undefined): Ref<string> {
  const link = ref('')
  let asked = 0
  watch(
    scenario,
    async (s) => {
      const n = ++asked
      if (!s) {
        link.value = ''
        return
      }
      try {
        const fragment = await encodeShortestLink(s)
        if (n === asked) link.value = shareUrl(window.location.href, fragment)
      } catch {
        // No compression in this browser: no code, and the page says so.
        if (n === asked) link.value = ''
      }
    },
    { immediate: true },
  )
  return link
}
