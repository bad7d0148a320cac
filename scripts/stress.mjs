#!/usr/bin/env node
// `npm run test:stress`: runs the suite (or any command) on a busy machine, to show the tests hold
// when a laptop is compiling or a CI neighbour is hungry. It times one run on a quiet machine,
// then keeps every core spinning with CPU hogs and runs the command N times in a row; it stops at
// the first failure. The hogs are killed when it ends, however it ends.
//
//   npm run test:stress                                  # npm test, 3 loaded runs
//   npm run test:stress -- --runs 5 --hogs 4
//   npm run test:stress -- --no-baseline -- npx vitest run src/domain
//   npm run test:stress -- -- npx playwright test e2e/export.spec.ts
//
// Options: --runs N (loaded runs, default 3), --hogs N (spinning processes, default one per core),
// --no-baseline (skip the quiet run). Everything after `--` is the command (default: npm test).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const argv = process.argv.slice(2);
const split = argv.indexOf('--');
const opts = split >= 0 ? argv.slice(0, split) : argv;
const command = split >= 0 ? argv.slice(split + 1) : ['npm', 'test'];
const option = (name, fallback) => {
  const i = opts.indexOf(name);
  return i >= 0 ? Number(opts[i + 1]) : fallback;
};
const runs = option('--runs', 3);
const hogCount = option('--hogs', availableParallelism());
const baseline = !opts.includes('--no-baseline');
if (!command.length || !(runs > 0) || !(hogCount >= 0)) {
  console.error('usage: node scripts/stress.mjs [--runs N] [--hogs N] [--no-baseline] [-- command …]');
  process.exit(2);
}

// A hog spins, and every few hundred milliseconds checks that this script is still alive, so a
// hog never outlives it (even after a SIGKILL, which no handler sees).
const HOG = `const parent = ${process.pid}; for (;;) { const t = Date.now(); while (Date.now() - t < 250); try { process.kill(parent, 0); } catch { process.exit(0); } }`;
let hogs = [];
const startHogs = () => {
  hogs = Array.from({ length: hogCount }, () => spawn(process.execPath, ['-e', HOG], { stdio: 'ignore' }));
};
const stopHogs = () => {
  for (const h of hogs) if (h.exitCode === null) h.kill('SIGKILL');
  hogs = [];
};
process.on('exit', stopHogs);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => (stopHogs(), process.exit(130)));

function run(label) {
  console.log(`\n── stress: ${label}: ${command.join(' ')}`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, STRESS: '1' } });
    child.on('exit', (code, signal) => resolve({ label, ok: code === 0, code: code ?? signal, seconds: (performance.now() - started) / 1000 }));
  });
}

const results = [];
if (baseline) results.push(await run('quiet machine'));
if (results.every((r) => r.ok)) {
  startHogs();
  console.log(`\n── stress: ${hogs.length} CPU hog(s) spinning on ${availableParallelism()} core(s)`);
  try {
    for (let i = 1; i <= runs; i++) {
      const r = await run(`under load, run ${i} of ${runs}`);
      results.push(r);
      if (!r.ok) break;
    }
  } finally {
    stopHogs();
  }
}

console.log('\n── stress: summary');
for (const r of results) console.log(`  ${r.ok ? 'pass' : `FAIL (${r.code})`}  ${r.seconds.toFixed(1).padStart(7)} s  ${r.label}`);
const loaded = results.filter((r) => r.label.startsWith('under load'));
const passed = loaded.filter((r) => r.ok).length;
console.log(`  ${passed} of ${runs} loaded runs passed in a row${baseline && results[0] ? `; quiet ${results[0].seconds.toFixed(1)} s` : ''}${loaded.length ? `, loaded median ${median(loaded.map((r) => r.seconds)).toFixed(1)} s` : ''}`);
process.exit(results.every((r) => r.ok) && passed === runs ? 0 : 1);

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
