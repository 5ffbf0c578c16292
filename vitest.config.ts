import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'engine',
            environment: 'node',
            include: ['src/engine/**/*.spec.ts', 'tests/**/*.spec.ts'],
            // Not a speed check (npm run bench measures speed): room for a busy two-core CI
            // machine, where a 4-second analysis once ran past vitest's 5-second default.
            testTimeout: 120_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'jsdom',
            include: ['src/**/*.spec.ts'],
            exclude: ['src/engine/**'],
            testTimeout: 60_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['e2e/**/*.spec.ts'],
            globalSetup: ['e2e/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }),
)
