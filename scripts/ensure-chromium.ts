import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Browser tests drive Debian's Chromium (test tools cannot download browsers here).
 * As root we install it; otherwise we say in one line what to install.
 */
export function ensureChromium(): { ok: true } | { ok: false; message: string } {
  if (existsSync(chromiumPath)) return { ok: true };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    console.log('Chromium ontbreekt; Debian-pakket chromium wordt geïnstalleerd…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync(chromiumPath)) return { ok: true };
  }
  return { ok: false, message: `Browser tests need Chromium: run "sudo apt-get install chromium" (or set CHROMIUM_PATH).` };
}
