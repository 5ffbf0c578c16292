import { fileURLToPath } from 'node:url'

/** Where the browser tests build the app (kept apart from the user's own dist/). */
export const E2E_DIST = fileURLToPath(new URL('../test-results/e2e-dist/', import.meta.url))
/** Screenshots the browser tests take, to be looked at by a person. */
export const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url))
/** The app is served from a sub-path, as on a static host, to prove the relative base works. */
export const SUB_PATH = '/tools/channel-planner/'
