import { ensureChromium } from './ensure-chromium.js';
import { ensureWebBuild } from './ensure-web-build.js';

// CI runs `npm test` on PGlite and on PostgreSQL at the same time; what both would otherwise do
// on their first start (install Chromium, build the web app) is done once, before.
const chromium = ensureChromium();
if (!chromium.ok) {
  console.error(chromium.message);
  process.exit(1);
}
ensureWebBuild();
console.log('Chromium present, web app built.');
