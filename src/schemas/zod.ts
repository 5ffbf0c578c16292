/**
 * zod, set up for this app: every schema module imports `z` from here, so this runs before any
 * schema is built. zod 4 compiles object parsers with `new Function` when it can, and probes
 * for that once; under the page's Content-Security-Policy (no 'unsafe-eval') the probe is
 * refused and reported as a violation on every load. Jitless, zod never evaluates code.
 */
import { z } from 'zod'

z.config({ jitless: true })

export { z }
