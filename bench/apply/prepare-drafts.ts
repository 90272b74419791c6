import { sql } from 'drizzle-orm';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../src/server/db/database.js';
import { applicationDocuments, applications } from '../../src/server/modules/applications/applications.tables.js';
import { applyPrefill, resolvePrefill } from '../../src/server/modules/applications/resolve-prefill.js';
import { sessions } from '../../src/server/modules/auth/auth.tables.js';
import { hashToken } from '../../src/server/modules/auth/sessions.js';
import { selectCurrentVersion } from '../../src/server/modules/regelingen/regelingen.repository.js';
import { createEmbeddedPersonRegistry } from '../../src/server/modules/registry/embedded-person-registry.js';
import { registryAddresses, registryIncomes, registryPersons } from '../../src/server/modules/registry/registry.tables.js';
import { bsnSeries, demoUuid } from '../../src/server/demo/demo-ids.js';

// Complete energietoeslag drafts, each of a different single resident with a logged-in session and
// the benefit they declare in the income registry (so the automatic assessment can grant), inserted
// in bulk: the benchmarks measure the submit and what follows, not the filling in.

export interface PreparedDraft {
  applicationId: string;
  cookie: string;
  csrfToken: string;
}

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export async function prepareDrafts(db: Db, options: { count: number; municipalityCode: string; offset: number }): Promise<PreparedDraft[]> {
  const version = await selectCurrentVersion(db, 'energietoeslag');
  if (!version) throw new Error('regeling energietoeslag is not installed');
  const bsns = bsnSeries(60_000_000 + options.offset * 2);
  const registry = createEmbeddedPersonRegistry(db);
  const drafts: PreparedDraft[] = [];
  const chunk = 500;
  for (let start = 0; start < options.count; start += chunk) {
    const n = Math.min(chunk, options.count - start);
    const people = Array.from({ length: n }, (_, i) => {
      const k = options.offset + start + i;
      const bsn = bsns.next().value;
      return {
        bsn,
        address: { id: demoUuid(`bench-address:${k}`), bagId: `${options.municipalityCode}21${String(k).padStart(10, '0')}`, street: 'Benchstraat', houseNumber: k + 1, postcode: '9990AB', city: 'Voorbeeldstad', municipalityCode: options.municipalityCode },
        person: { id: demoUuid(`bench-person:${k}`), bsn, givenNames: 'Bench', familyName: `Inwoner${k}`, birthDate: '1980-01-01', gender: 'V' as const, nationality: 'Nederlandse', addressId: demoUuid(`bench-address:${k}`), residentSince: '2010-01-01', searchName: `bench inwoner${k}` },
      };
    });
    await db.insert(registryAddresses).values(people.map((p) => p.address));
    await db.insert(registryPersons).values(people.map((p) => p.person));
    await db.insert(registryIncomes).values(people.map((p, i) => ({ id: demoUuid(`bench-income:${options.offset + start + i}`), personId: p.person.id, payerName: 'UWV', kind: 'uitkering' as const, grossMonthlyCents: 130_000, netMonthlyCents: 110_000, validFrom: '2020-01-01', validTo: null })));
    const now = new Date();
    const rows = [];
    const docs = [];
    const sessionRows = [];
    for (const p of people) {
      const values = await resolvePrefill(registry, p.bsn);
      const data = applyPrefill(
        {
          aanvrager: { email: 'bench@voorbeeld.nl', telefoon: '0612345678', iban: 'NL91ABNA0417164300' },
          huishouden: { samenwonend: false, aantalPersonenKlopt: true, alAangevraagd: false },
          inkomen: { nettoInkomen: 1100, inkomenSoort: ['uitkering'], anderInkomen: false },
        },
        version.content.meta.prefill,
        values,
      );
      const id = randomUUID();
      rows.push({ id, regelingId: version.regelingId, regelingVersion: version.version, applicantBsn: p.bsn, channel: 'digitaal' as const, status: 'concept' as const, data, prefill: { source: 'embedded', fetchedAt: now.toISOString(), values }, currentPage: 'inkomen' });
      docs.push({ id: randomUUID(), applicationId: id, evidenceId: 'inkomensbewijs', fileName: 'loonstrook.pdf', mediaType: 'application/pdf' as const, sizeBytes: pdf.length, sha256: 'bench', content: pdf, uploadedByType: 'resident' as const, uploadedBy: 'bench' });
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(32).toString('base64url');
      sessionRows.push({ tokenHash: hashToken(token), kind: 'resident' as const, bsn: p.bsn, displayName: 'Bench Inwoner', roles: ['inwoner'], authMethod: 'digid-test' as const, csrfToken, createdAt: now, lastSeenAt: now, absoluteExpiresAt: new Date(now.getTime() + 10 * 3_600_000) });
      drafts.push({ applicationId: id, cookie: `eenloket_session=${token}`, csrfToken });
    }
    await db.insert(applications).values(rows);
    await db.insert(applicationDocuments).values(docs);
    await db.insert(sessions).values(sessionRows);
  }
  // Statistics as a running database has them (autovacuum analyses a table after it changed by a
  // tenth); without them the planner takes the freshly filled tables for nearly empty.
  await db.execute(sql`analyze`);
  return drafts;
}
