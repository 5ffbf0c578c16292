/**
 * An ESLint rule for src/engine: a file imports only from inside the engine, and only from its
 * own layer or a lower one. The layers, lowest first, are the folders of src/engine; index.ts
 * (the public entry point) sits above them all. Imports are resolved against the importing
 * file, so `../portfolio/x` from src/engine/channels/ is caught wherever it is written.
 */
import { dirname, relative, resolve, sep } from 'node:path'

/** The engine's layers, lowest first: each may import from itself and the ones before it. */
export const ENGINE_LAYERS = [
  'model',
  'queueing',
  'channels',
  'portfolio',
  'recommendation',
  'simulation',
  'data',
]

const ENTRY = 'index'

function layerOf(engineDir, file) {
  const inside = relative(engineDir, file)
  const first = inside.split(sep)[0] ?? ''
  return first.replace(/\.ts$/, '')
}

function rank(layer) {
  if (layer === ENTRY) return ENGINE_LAYERS.length
  const i = ENGINE_LAYERS.indexOf(layer)
  return i < 0 ? -1 : i
}

export function engineLayersPlugin(engineDir) {
  const root = resolve(engineDir)
  return {
    rules: {
      layers: {
        meta: {
          type: 'problem',
          docs: { description: 'Keep src/engine pure and its layers one-way.' },
          schema: [],
          messages: {
            outside:
              'src/engine is pure TypeScript: it imports only from inside src/engine (no Vue, Pinia, Chart.js, zod or DOM). Wrap the engine from outside instead. ("{{source}}")',
            upward:
              'The engine layer "{{from}}" may not import from the higher layer "{{to}}" (layers, lowest first: {{order}}). ("{{source}}")',
            unknown:
              'src/engine/{{layer}} is not one of the engine layers ({{order}}): put the file in one.',
          },
        },
        create(context) {
          const file = resolve(context.filename)
          if (!file.startsWith(root + sep)) return {}
          const from = layerOf(root, file)
          const order = ENGINE_LAYERS.join(', ')
          const check = (node, source) => {
            if (typeof source !== 'string') return
            if (!source.startsWith('./') && !source.startsWith('../')) {
              context.report({ node, messageId: 'outside', data: { source } })
              return
            }
            const target = resolve(dirname(file), source)
            if (!target.startsWith(root + sep)) {
              context.report({ node, messageId: 'outside', data: { source } })
              return
            }
            const to = layerOf(root, target)
            if (rank(to) > rank(from)) {
              context.report({ node, messageId: 'upward', data: { from, to, order, source } })
            }
          }
          return {
            Program(node) {
              if (rank(from) < 0) {
                context.report({ node, messageId: 'unknown', data: { layer: from, order } })
              }
            },
            ImportDeclaration: (node) => check(node, node.source.value),
            ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
            ExportAllDeclaration: (node) => check(node, node.source.value),
            ImportExpression: (node) =>
              node.source.type === 'Literal' && check(node, node.source.value),
          }
        },
      },
    },
  }
}
