#!/usr/bin/env node
/**
 * `npm test`: every check in one command, in order: type check (vue-tsc), lint (eslint),
 * formatting (prettier), then all vitest projects (engine, components, browser). Every step
 * runs even if an earlier one failed, so one run shows everything that is wrong. Ends with
 * the line `N passed, N failed` that CI reads, and exits non-zero if any step failed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const RESULTS = '.vitest-results.json'
const extra = process.argv.slice(2)

const steps = [
  { name: 'type check', cmd: 'npx', args: ['--no-install', 'vue-tsc', '--build'] },
  { name: 'lint', cmd: 'npx', args: ['--no-install', 'eslint', '.', '--max-warnings=0'] },
  { name: 'format', cmd: 'npx', args: ['--no-install', 'prettier', '--check', '.'] },
  {
    name: 'tests',
    cmd: 'npx',
    args: [
      '--no-install',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${RESULTS}`,
      ...extra,
    ],
  },
]

rmSync(RESULTS, { force: true })
const outcomes = []
for (const step of steps) {
  console.log(`\n== ${step.name}: ${[step.cmd, ...step.args].join(' ')}`)
  const started = Date.now()
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: process.env })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  outcomes.push({ name: step.name, ok: run.status === 0, seconds })
}

let passed = 0
let failed = 0
let skipped = 0
if (existsSync(RESULTS)) {
  const report = JSON.parse(readFileSync(RESULTS, 'utf8'))
  passed = report.numPassedTests ?? 0
  failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTests ?? 0)
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  // A test file that fails to load has no test results of its own: count it as a failure.
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed++
  }
} else {
  failed++
}
// A failed check (types, lint, format) counts as one failure each, so the total never hides it.
for (const o of outcomes) if (!o.ok && o.name !== 'tests') failed++

console.log('\n== summary')
for (const o of outcomes) console.log(`  ${o.ok ? 'ok  ' : 'FAIL'} ${o.name} (${o.seconds} s)`)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(outcomes.every((o) => o.ok) && failed === 0 ? 0 : 1)
