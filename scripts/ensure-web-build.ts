import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const stampFile = join(root, 'dist/web/.source-hash');

/**
 * Builds the web app when its sources changed since the last build. A content hash, not
 * timestamps: a fresh clone has new timestamps everywhere but may not need a rebuild, and a
 * `git checkout` can go back in time.
 */
export function ensureWebBuild(log: (line: string) => void = console.log): void {
  const hash = sourceHash();
  if (existsSync(join(root, 'dist/web/loket/index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return;
  log('De webapp wordt gebouwd (eenmalig, ongeveer een halve minuut)…');
  execSync('npm run --silent build:web', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(stampFile, hash);
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...listFiles(join(root, 'src/web')), join(root, 'package-lock.json')]) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}
