import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'
import globals from 'globals'
import { fileURLToPath } from 'node:url'
import { engineLayersPlugin } from './scripts/eslint/engine-layers.js'

const ENGINE_DIR = fileURLToPath(new URL('./src/engine', import.meta.url))

const ENGINE_MESSAGE =
  'src/engine is pure TypeScript: it imports only from inside src/engine (no Vue, Pinia, Chart.js, zod or DOM). Wrap the engine from outside instead.'

const DRAFT_MESSAGE =
  'Components edit the scenario through the planner store’s actions (setBusinessField, setChannelField, …), never by writing into store.draft.'
/** Writing into the draft: assigning, deleting, counting up or down, Reflect, v-model. */
const DRAFT_WRITES = [
  'AssignmentExpression > MemberExpression.left Identifier[name="draft"]',
  'UpdateExpression Identifier[name="draft"]',
  'UnaryExpression[operator="delete"] Identifier[name="draft"]',
  'CallExpression[callee.object.name="Reflect"] Identifier[name="draft"]',
  'VAttribute[directive=true][key.name.name="model"] Identifier[name="draft"]',
].map((selector) => ({ selector, message: DRAFT_MESSAGE }))

export default defineConfigWithVueTs(
  { name: 'app/files-to-lint', files: ['**/*.{js,mjs,ts,mts,vue}'] },
  {
    name: 'app/ignores',
    // .scratch/ is a local, git-ignored folder for throwaway scripts.
    ignores: ['dist/**', 'coverage/**', 'test-results/**', 'node_modules/**', '.scratch/**'],
  },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    name: 'app/strictness',
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'vue/no-v-html': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    name: 'app/node-scripts',
    files: ['scripts/**/*.mjs', 'e2e/**/*.ts', 'bench/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'app/engine-is-pure',
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/__tests__/**'],
    plugins: { 'engine-layers': engineLayersPlugin(ENGINE_DIR) },
    rules: {
      'engine-layers/layers': 'error',
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'self'].map(
          (name) => ({ name, message: ENGINE_MESSAGE }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'The engine takes its random numbers from a seeded generator passed in.',
        },
      ],
    },
  },
  {
    name: 'app/engine-through-its-entry',
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Engine test helpers (scenarios built from the catalog) may serve app tests too.
              regex: '^@/engine/(?!__tests__/support/).+|^(\\.\\.?/)+(.*/)?engine(/|$)',
              message:
                'Outside src/engine, import the engine only through its entry point: `@/engine` (src/engine/index.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'app/engine-tests',
    files: ['src/engine/**/__tests__/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.{1,2}/|vitest$|fast-check$|node:)',
              message: 'Engine tests use the engine, vitest, fast-check and node built-ins only.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'app/edits-through-the-store',
    files: ['src/App.vue', 'src/components/**/*.{ts,vue}', 'src/views/**/*.{ts,vue}'],
    ignores: ['**/__tests__/**'],
    rules: Object.fromEntries(
      ['no-restricted-syntax', 'vue/no-restricted-syntax'].map((rule) => [
        rule,
        ['error', ...DRAFT_WRITES],
      ]),
    ),
  },
  skipFormatting,
)
