/**
 * Built-in scenarios a small business can start from and a consultant can present: each is a
 * real situation from the public articles the model was built from (docs/model.md, "Where the
 * idea comes from") or a common kind of small business, with figures from docs/defaults.md where
 * public ones exist and plainly marked assumptions where they do not.
 *
 * Every channel starts from the catalog's sourced defaults; the changes a situation calls for
 * are made next to it, with the reason. `build()` returns a fresh scenario each call, so the app
 * may edit what it is given.
 */
import type { ScenarioPreset } from './presets/building-blocks'
import { cableSocialPreset } from './presets/cable-social'
import { groceryFacebookPreset } from './presets/grocery-facebook'
import { onlineShopPreset } from './presets/online-shop'
import { restaurantReviewsPreset } from './presets/restaurant-reviews'
import { saasStartupPreset } from './presets/saas-startup'
import { sixChannelsPreset } from './presets/six-channels'

export type { ScenarioPreset, ScenarioPresetId } from './presets/building-blocks'

export const SCENARIO_PRESETS: readonly ScenarioPreset[] = Object.freeze([
  groceryFacebookPreset,
  cableSocialPreset,
  restaurantReviewsPreset,
  onlineShopPreset,
  saasStartupPreset,
  sixChannelsPreset,
])

/** The preset with this id, or undefined (an id from a link or a saved setting may be stale). */
export function presetById(id: string): ScenarioPreset | undefined {
  return SCENARIO_PRESETS.find((p) => p.id === id)
}
