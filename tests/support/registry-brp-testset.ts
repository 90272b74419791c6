import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { registryAddresses, registryPersons, registryRelations } from '../../src/server/modules/registry/registry.tables.js';
import { specFiles } from './registry-specs.js';

// The RvIG test set of the BRP proefomgeving (GBA-V export, one row per category occurrence) as
// rows for the embedded registry. Columns are LO GBA element numbers "cc.gg.ee": 01 person, 02/03
// parents, 04 nationality, 05 marriage/partnership, 06 death, 07 registration, 08 address, 09 children.
//
// A persoonslijst starts at a row with an identifier in the first column; the rows after it
// continue it. Per category, the "cc.H" column says what the category's next group is: 50+cc its
// history (skipped), cc a new occurrence (another child, another marriage), empty the end. The first
// group of a category is the current one.

type Row = Record<string, string>;
export type AddressRow = typeof registryAddresses.$inferInsert;
export type PersonRow = typeof registryPersons.$inferInsert;
export type RelationRow = typeof registryRelations.$inferInsert;

export interface TestSetPerson {
  bsn: string;
  givenNames: string;
  prefix: string | null;
  familyName: string;
  /** As in the BRP: YYYYMMDD with 00 for an unknown month or day. */
  gbaBirthDate: string;
  gender: 'M' | 'V' | 'O';
  nationalityCode: string | null;
  deathDate: string | null;
  address: { key: string; bagId: string; street: string; houseNumber: number; houseLetter: string | null; addition: string | null; postcode: string; city: string; municipalityCode: string; since: string | null } | null;
  partners: string[];
  children: string[];
  parents: string[];
}

export function readBrpTestSet(file = specFiles.brpTestSet): TestSetPerson[] {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const header = splitCsvLine(lines[0]!);
  const lists: Row[][] = [];
  for (const line of lines.slice(1)) {
    const cells = splitCsvLine(line);
    const row: Row = {};
    header.forEach((name, i) => {
      if (cells[i]) row[name] = cells[i]!;
    });
    if (cells[0]) lists.push([row]);
    else lists.at(-1)?.push(row);
  }
  const seen = new Set<string>();
  const persons: TestSetPerson[] = [];
  for (const list of lists) {
    const [person] = occurrences(list, '01');
    const bsn = person?.['01.01.20'];
    // Two lists have no BSN, and a few BSNs have two lists: the first one counts.
    if (!person || !bsn || seen.has(bsn)) continue;
    seen.add(bsn);
    const address = occurrences(list, '08')[0];
    const death = occurrences(list, '06')[0];
    const others = (list: string[]) => list.filter((other) => other !== bsn);
    persons.push({
      bsn,
      givenNames: person['01.02.10'] ?? '',
      prefix: person['01.02.30'] ?? null,
      familyName: person['01.02.40'] ?? '',
      gbaBirthDate: person['01.03.10'] ?? '00000000',
      gender: (['M', 'V'].includes(person['01.04.10'] ?? '') ? person['01.04.10'] : 'O') as 'M' | 'V' | 'O',
      nationalityCode: occurrences(list, '04')[0]?.['04.05.10'] ?? null,
      // A few rows of the export are shifted by a column; only an eight-digit value is a date.
      deathDate: /^\d{8}$/.test(death?.['06.08.10'] ?? '') ? isoDate(death!['06.08.10']!) : null,
      address: address ? addressOf(address) : null,
      // Current partners: never dissolved in any group (robust against the shifted rows, whose history markers are lost).
      partners: others(
        occurrences(list, '05')
          .map((p) => p['05.01.20'])
          .filter((b): b is string => Boolean(b) && !allGroups(list, '05').some((g) => g['05.01.20'] === b && g['05.07.10'])),
      ),
      children: others(occurrences(list, '09').flatMap((c) => (c['09.01.20'] ? [c['09.01.20']] : []))),
      parents: others([...occurrences(list, '02').map((p) => p['02.01.20']), ...occurrences(list, '03').map((p) => p['03.01.20'])].filter((b): b is string => Boolean(b))),
    });
  }
  return persons;
}

/** One line of the semicolon-separated file; some test values contain a quoted ";" on purpose. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ';') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

function allGroups(list: Row[], category: string): Row[] {
  return list.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => key.startsWith(`${category}.`)))).filter((g) => Object.keys(g).length > 0);
}

/** The current groups of a category: one per occurrence, history left out. */
function occurrences(list: Row[], category: string): Row[] {
  const out: Row[] = [];
  let nextIsHistory = false;
  for (const row of list) {
    const group = Object.fromEntries(Object.entries(row).filter(([key]) => key.startsWith(`${category}.`) && key !== `${category}.H`));
    if (Object.keys(group).length === 0) continue;
    if (!nextIsHistory) out.push(group);
    nextIsHistory = (row[`${category}.H`] ?? '').startsWith('5');
  }
  return out;
}

function addressOf(a: Row): TestSetPerson['address'] {
  const street = a['08.11.15'] ?? a['08.11.10'];
  const houseNumber = Number(a['08.11.20']);
  if (!street || !houseNumber) return null;
  const postcode = a['08.11.60'] ?? '';
  // Not the nummeraanduiding alone: the test set reuses a few for different addresses.
  const key = `${postcode}|${houseNumber}|${a['08.11.30'] ?? ''}|${a['08.11.40'] ?? ''}|${street}|${a['08.11.90'] ?? ''}`;
  return {
    key,
    bagId: a['08.11.90'] ?? `rvig-${createHash('sha1').update(key).digest('hex').slice(0, 16)}`,
    street,
    houseNumber,
    houseLetter: a['08.11.30'] ?? null,
    addition: a['08.11.40'] ?? null,
    postcode,
    city: a['08.11.70'] ?? '',
    municipalityCode: a['08.09.10'] ?? '',
    since: a['08.10.30'] ? isoDate(a['08.10.30']) : null,
  };
}

/**
 * GBA date to ISO. The embedded registry stores full dates, so an unknown month or day becomes the
 * first (19680000 → 1968-01-01; 00000000 → 0001-01-01): good enough for test data, not for production.
 */
export function isoDate(gba: string): string {
  const year = gba.slice(0, 4) === '0000' ? '0001' : gba.slice(0, 4);
  const month = gba.slice(4, 6) === '00' ? '01' : gba.slice(4, 6);
  const day = gba.slice(6, 8) === '00' ? '01' : gba.slice(6, 8);
  return `${year}-${month}-${day}`;
}

/** A LO GBA table (UTF-16, quoted, comma-separated) as code → description. */
export function readGbaTable(name: string): Map<string, string> {
  const text = readFileSync(join(specFiles.brpTables, name)).toString('utf16le').replace(/^\uFEFF/, '');
  const map = new Map<string, string>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [code, description] = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    if (code && description) map.set(code, description);
  }
  return map;
}

/** Rows for registry_addresses, registry_persons and registry_relations (relations only between persons in the set). */
export function testSetRows(persons: TestSetPerson[]): { addresses: AddressRow[]; persons: PersonRow[]; relations: RelationRow[] } {
  const nationalities = readGbaTable('Tabel32 Nationaliteitentabel (gesorteerd op code).csv');
  const municipalities = readGbaTable('Tabel33 Gemeententabel (gesorteerd op code).csv');
  const addresses = new Map<string, AddressRow>();
  const ids = new Map<string, string>();
  const bagIds = new Set<string>();
  const personRows: PersonRow[] = persons.map((p) => {
    let addressId: string | null = null;
    if (p.address) {
      const a = p.address;
      if (!addresses.has(a.key)) {
        const bagId = bagIds.has(a.bagId) ? `rvig-${createHash('sha1').update(a.key).digest('hex').slice(0, 16)}` : a.bagId;
        bagIds.add(bagId);
        addresses.set(a.key, { id: randomUUID(), bagId, street: a.street, houseNumber: a.houseNumber, houseLetter: a.houseLetter, houseNumberAddition: a.addition, postcode: a.postcode, city: a.city || (municipalities.get(a.municipalityCode) ?? ''), municipalityCode: a.municipalityCode });
      }
      addressId = addresses.get(a.key)!.id;
    }
    const id = randomUUID();
    ids.set(p.bsn, id);
    return {
      id,
      bsn: p.bsn,
      givenNames: p.givenNames,
      familyNamePrefix: p.prefix,
      familyName: p.familyName,
      birthDate: isoDate(p.gbaBirthDate),
      gender: p.gender,
      nationality: (p.nationalityCode && nationalities.get(p.nationalityCode)) || 'Onbekend',
      addressId,
      residentSince: p.address?.since ?? null,
      deathDate: p.deathDate,
      searchName: `${p.givenNames} ${p.prefix ? `${p.prefix} ` : ''}${p.familyName}`.toLowerCase(),
    };
  });
  const relations = new Map<string, RelationRow>();
  for (const p of persons) {
    for (const [type, list] of [['partner', p.partners], ['child', p.children], ['parent', p.parents]] as const) {
      for (const other of list) {
        const related = ids.get(other);
        if (!related || other === p.bsn) continue;
        relations.set(`${p.bsn}:${other}:${type}`, { personId: ids.get(p.bsn)!, relatedPersonId: related, type });
      }
    }
  }
  return { addresses: [...addresses.values()], persons: personRows, relations: [...relations.values()] };
}
