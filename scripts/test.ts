import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.js';
import { ensureWebBuild } from './ensure-web-build.js';

// `npm test`: unit, integration and browser tests, on PGlite, or on PostgreSQL when DATABASE_URL is set.
const args = process.argv.slice(2);
const chromium = ensureChromium();
if (chromium.ok) ensureWebBuild();

const projects = chromium.ok ? [] : ['--project', 'unit', '--project', 'integration'];
const result = spawnSync('npx', ['vitest', 'run', ...projects, ...args], { stdio: 'inherit' });

if (!chromium.ok) {
  console.error(chromium.message);
  process.exit(1);
}
process.exit(result.status ?? 1);
