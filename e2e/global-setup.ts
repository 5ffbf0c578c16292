import { rm } from 'node:fs/promises'
import { build } from 'vite'
import { E2E_DIST } from './paths'

/** Builds the production app once for all browser tests. */
export default async function setup(): Promise<void> {
  await rm(E2E_DIST, { recursive: true, force: true })
  await build({ logLevel: 'warn', build: { outDir: E2E_DIST, emptyOutDir: true } })
}
