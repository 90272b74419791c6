import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const builtPage = join(root, 'dist/web/loket/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestMtime(path) : stat.mtimeMs);
  }
  return newest;
}

/**
 * The browser tests drive the built web app, as production serves it. Build it when it is missing
 * or older than its sources (`npm test` builds beforehand; this covers running one file alone).
 */
export function ensureWebBuilt(): void {
  const stale = !existsSync(builtPage) || statSync(builtPage).mtimeMs < newestMtime(join(root, 'src/web'));
  if (stale) execSync('npm run --silent build:web', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
}
