import type { Db } from '../../../src/server/db/database.js';
import { demoPersonas } from '../../../src/server/modules/registry/registry.tables.js';

/** Offers a registry person in the DigiD test login's list of demo residents. */
export async function addDemoPersona(db: Db, bsn: string, sort = 1): Promise<void> {
  await db.insert(demoPersonas).values({
    bsn,
    sort,
    descriptionNl: 'Moeder in een gezin met twee kinderen en een eigen bedrijf.',
    descriptionEn: 'Mother in a family with two children and her own business.',
  });
}
