import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listTestFolders, runFolder, tckDirectory, type TckResult } from './tck-runner.js';

/** `npm run tck`: runs levels 2 and 3, writes tck_results.csv in the TCK result format, prints a summary. */
const root = tckDirectory();
if (!existsSync(root)) {
  console.error(`DMN TCK not found at ${root} (set DMN_TCK_DIR to run it)`);
  process.exit(1);
}

const csvField = (value: string): string => `"${value.replace(/"/g, '""').replace(/\s+/g, ' ')}"`;

const results: Record<2 | 3, TckResult[]> = { 2: [], 3: [] };
const started = performance.now();
for (const level of [2, 3] as const) {
  for (const folder of listTestFolders(level, root)) results[level].push(...(await runFolder(folder)));
}

const rows = [...results[2], ...results[3]].map((r) =>
  [r.path, r.testFile, r.caseId, r.status, r.detail].map(csvField).join(','),
);
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = join(packageDir, 'tck_results.csv');
writeFileSync(csvPath, `${rows.join('\n')}\n`);

const passed = (level: 2 | 3): number => results[level].filter((r) => r.status === 'SUCCESS').length;
const approximate = [...results[2], ...results[3]].filter((r) => r.approximate).length;
for (const r of [...results[2], ...results[3]]) {
  if (r.status !== 'SUCCESS' && process.env.TCK_VERBOSE) console.log(`FAIL ${r.path} ${r.caseId}: ${r.detail}`);
}
console.log(`results: ${csvPath}`);
console.log(`time: ${((performance.now() - started) / 1000).toFixed(1)} s; passed only within the 1e-8 number tolerance: ${approximate}`);
console.log(`tck: level2 ${passed(2)}/${results[2].length} level3 ${passed(3)}/${results[3].length}`);
