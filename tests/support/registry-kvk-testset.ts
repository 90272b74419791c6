import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@readme/openapi-parser';
import { toBusiness } from '../../src/server/modules/registry/kvk-business-registry.js';
import { kvkBasisprofiel } from '../../src/server/modules/registry/kvk.schema.js';
import type { registryBusinesses } from '../../src/server/modules/registry/registry.tables.js';
import { specFiles } from './registry-specs.js';

// The KVK test environment's numbers (KVK-TESTDATA.md, transcribed from developers.kvk.nl) and the
// responses open-forms recorded against it (vcr_cassettes), read from ../shared at test time.

export interface KvkTestNumber {
  kvkNumber: string;
  legalForm: string;
  /** The test environment answers these with an error on purpose. */
  errorScenario: boolean;
}

export interface RecordedInteraction {
  method: string;
  uri: URL;
  status: number;
  body: unknown;
}

/** The "KVK numbers (Basisprofiel / Zoeken)" table. */
export function readKvkTestNumbers(file = specFiles.kvkTestData): KvkTestNumber[] {
  const text = readFileSync(file, 'utf8');
  const section = text.split(/^## /m).find((s) => s.startsWith('KVK numbers'));
  if (!section) throw new Error(`no "KVK numbers" section in ${file}`);
  return [...section.matchAll(/^\|\s*(\d{8})\s*\|\s*([^|]+?)\s*\|/gm)].map(([, kvkNumber, legalForm]) => ({
    kvkNumber: kvkNumber!,
    legalForm: legalForm!,
    errorScenario: /fout|error/i.test(legalForm!),
  }));
}

/** Every recorded request and answer; the cassettes are YAML, read with the OpenAPI parser's YAML reader. */
export async function readKvkCassettes(dir = specFiles.kvkCassettes): Promise<RecordedInteraction[]> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
  const out: RecordedInteraction[] = [];
  for (const file of files) {
    const cassette = (await parse(join(dir, file))) as unknown as { interactions: Array<{ request: { method: string; uri: string }; response: { status: { code: number }; body: { string: string } } }> };
    for (const { request, response } of cassette.interactions) {
      out.push({ method: request.method, uri: new URL(request.uri), status: response.status.code, body: JSON.parse(response.body.string) as unknown });
    }
  }
  return out;
}

export type BusinessRow = typeof registryBusinesses.$inferInsert;

/**
 * Rows for the embedded business registry: every test number that is not an error scenario. A
 * number with a recorded Basisprofiel gets its recorded data (through the same mapping as the KVK
 * client); a number with only a recorded search hit gets that name; the rest only has the legal form
 * the test page names, so trade name, SBI code and registration date are placeholders.
 */
export function kvkTestBusinessRows(numbers: KvkTestNumber[], recorded: RecordedInteraction[]): BusinessRow[] {
  const provenance = { source: 'embedded' as const, fetchedAt: new Date().toISOString() };
  return numbers
    .filter((n) => !n.errorScenario)
    .map((n): BusinessRow => {
      const profile = recorded.find((r) => r.status === 200 && r.uri.pathname.endsWith(`/basisprofielen/${n.kvkNumber}`));
      if (profile) {
        const b = toBusiness(kvkBasisprofiel.parse(profile.body), provenance);
        return { kvkNumber: b.kvkNumber, tradeName: b.tradeName, legalForm: b.legalForm, sbiCode: b.sbiCode, sbiDescription: b.sbiDescription, registeredOn: b.registeredOn, deregisteredOn: b.deregisteredOn, homeBased: false };
      }
      const hit = recorded
        .filter((r) => r.status === 200 && r.uri.pathname.endsWith('/zoeken'))
        .flatMap((r) => (r.body as { resultaten: Array<{ kvkNummer: string; naam: string; type: string }> }).resultaten)
        .find((item) => item.kvkNummer === n.kvkNumber && item.type === 'hoofdvestiging');
      return { kvkNumber: n.kvkNumber, tradeName: hit?.naam ?? `KVK-testnummer ${n.kvkNumber}`, legalForm: n.legalForm, sbiCode: '', sbiDescription: '', registeredOn: '2000-01-01', homeBased: false };
    });
}
