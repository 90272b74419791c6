import { loadConfig } from '../config/env.js';
import { openDatabase } from './database.js';

// `npm run db:migrate`: apply pending migrations without starting the server.
const config = loadConfig();
const handle = await openDatabase({ url: config.database.url, pgliteDataDir: config.database.pgliteDataDir });
try {
  await handle.migrate();
  console.log(`Migrations applied (${handle.kind}).`);
} finally {
  await handle.close();
}
