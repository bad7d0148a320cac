#!/usr/bin/env node
// Rewrites the README's reliability figures from what the tests wrote in test-results/
// in .reliability/ (crash rounds, close scenarios, property-test cases, accessibility screens).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const read = (name) => {
  const path = `.reliability/${name}.json`;
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
};
const crash = read('crash');
const close = read('close');
const fuzz = read('fuzz');
const a11y = read('a11y');
if (!crash && !close && !fuzz && !a11y) process.exit(0);

const rows = [
  crash && `| Browser killed (SIGKILL) mid-editing | ${crash.rounds} rounds survived; ${crash.editsReportedSaved} edits reported saved, ${crash.reportedSavedButLost} lost; ${crash.batches} pasted batches, none half-written |`,
  close && `| Edit, then at once navigate away / close the tab / close the window | ${close.kept} of ${close.navigateAway + close.tabClosed + close.windowClosed} edits kept |`,
  fuzz && `| Random and mutated JSON, CSV, Mermaid and backup files | ${fuzz.propertyCases.toLocaleString('en')} property-test cases; never an error other than a clear import error |`,
  a11y && `| axe-core, WCAG 2.1 A and AA, English and Chinese | ${a11y.screensChecked} screens and dialogs checked, ${a11y.violations} violations${a11y.failedTests ? `; ${a11y.failedTests} test(s) FAILED` : ''} |`,
].filter(Boolean);

const section = [
  '<!-- reliability:begin (written by scripts/reliability-report.mjs from the tests\' output) -->',
  '| what the tests do | result of the last run |',
  '|---|---|',
  ...rows,
  '<!-- reliability:end -->',
].join('\n');

const readme = readFileSync('README.md', 'utf8');
const next = readme.replace(/<!-- reliability:begin[\s\S]*?<!-- reliability:end -->/, section);
if (next !== readme) writeFileSync('README.md', next);
console.log('reliability report:\n' + rows.join('\n'));
