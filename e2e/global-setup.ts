import { rm } from 'node:fs/promises'
import { build } from 'vite'
import { E2E_DIST } from './paths'

/** Builds the production app once for all browser tests. */
export default async function setup(): Promise<void> {
  await rm(E2E_DIST, { recursive: true, force: true })
  // Vitest sets NODE_ENV=test, which would make Vite build with import.meta.env.PROD false and
  // Vue's development code: build exactly what `npm run build` ships, then put it back.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ logLevel: 'warn', build: { outDir: E2E_DIST, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
}
