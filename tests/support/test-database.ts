import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/database.js';
import { adminQuery, databaseUrlFor } from './postgres-admin.js';

/** A fresh, migrated database for one test file: PostgreSQL when DATABASE_URL is set, else PGlite. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return createPostgresCopy(url, inject('postgresTemplate'));
  const template = readFileSync(inject('pgliteTemplate'));
  const pglite = await PGlite.create({ loadDataDir: new Blob([template]) });
  return openDatabase({ pglite });
}

async function createPostgresCopy(url: string, template: string): Promise<DatabaseHandle> {
  const name = `eenloket_t_${randomBytes(6).toString('hex')}`;
  // Two CREATE DATABASE … TEMPLATE at the same moment can collide; retry briefly.
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(url, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      break;
    } catch (error) {
      if (attempt >= 20 || !String((error as Error).message).includes('being accessed by other users')) throw error;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
  const handle = await openDatabase({ url: databaseUrlFor(url, name), poolSize: 5 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
