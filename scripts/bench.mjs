/**
 * `npm run bench`: bundles bench/engine-bench.ts the way the app's build compiles the engine
 * (esbuild, no development helpers such as tsx's function-name wrappers) and runs it in Node.
 */
import { build } from 'esbuild'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { dirname, join } from 'node:path'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outfile = join(root, 'node_modules', '.cache', 'channel-planner-bench', 'engine-bench.mjs')
await build({
  entryPoints: [join(root, 'bench', 'engine-bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  // The worst-case fuzz checks its scenarios with the app's own schema (`@/` is src/).
  alias: { '@': join(root, 'src') },
})
await import(pathToFileURL(outfile).href)
