import { loadConfig } from '../../config/env.js';
import { openDatabase } from '../../db/database.js';
import { verifyAuditChain } from './verify-audit-chain.js';

// `npm run audit:verify`: checks the whole audit chain; exit code 1 names the first broken entry.
const config = loadConfig();
const handle = await openDatabase({ url: config.database.url, pgliteDataDir: config.database.pgliteDataDir });
try {
  const result = await verifyAuditChain({ db: handle.db });
  if (result.ok) {
    console.log(`audit:verify OK: ${result.checked} entries, chain intact.`);
  } else {
    const b = result.firstBroken!;
    console.error(`audit:verify FAILED at entry seq=${b.seq}${b.id ? ` id=${b.id}` : ''}: ${b.reason}`);
    console.error(`(${result.checked} entries before it are intact)`);
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
