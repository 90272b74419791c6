import type { BrpDatum, BrpPersoon } from './brp-personen.schema.js';
import { formatName, type Address, type PersonRecord } from './person-registry.js';
import type { Provenance } from './provenance.js';

// From a Haal Centraal Persoon to the port's PersonRecord.

/** ISO 8601 with the precision the BRP has: "1968-07-14", "1968-07", "1968", or "" when unknown. */
export function fromBrpDatum(datum: BrpDatum | undefined): string | null {
  if (!datum) return null;
  switch (datum.type) {
    case 'Datum':
      return datum.datum;
    case 'JaarMaandDatum':
      return `${String(datum.jaar).padStart(4, '0')}-${String(datum.maand).padStart(2, '0')}`;
    case 'JaarDatum':
      return String(datum.jaar).padStart(4, '0');
    case 'DatumOnbekend':
      return '';
  }
}

const specialNationalities: Record<string, string> = {
  BehandeldAlsNederlander: 'Behandeld als Nederlander',
  VastgesteldNietNederlander: 'Vastgesteld niet-Nederlander',
  Staatloos: 'Staatloos',
  NationaliteitOnbekend: 'Onbekend',
};

/** The Dutch nationality when the person has it among several, else the first listed. */
function nationalityOf(persoon: BrpPersoon): string {
  const list = persoon.nationaliteiten ?? [];
  const chosen = list.find((n) => n.nationaliteit?.code === '0001') ?? list[0];
  if (!chosen) return 'Onbekend';
  return chosen.type === 'Nationaliteit' ? (chosen.nationaliteit?.omschrijving ?? 'Onbekend') : (specialNationalities[chosen.type] ?? chosen.type);
}

function addressOf(persoon: BrpPersoon): Address | null {
  const place = persoon.verblijfplaats;
  const a = place?.type === 'Adres' ? place.verblijfadres : undefined;
  const street = a?.officieleStraatnaam ?? a?.korteStraatnaam;
  if (!a || !street || a.huisnummer === undefined) return null;
  return {
    street,
    houseNumber: a.huisnummer,
    houseLetter: a.huisletter ?? null,
    houseNumberAddition: a.huisnummertoevoeging ?? null,
    postcode: (a.postcode ?? '').replace(/\s+/g, '').toUpperCase(),
    city: a.woonplaats ?? persoon.gemeenteVanInschrijving?.omschrijving ?? '',
    municipalityCode: persoon.gemeenteVanInschrijving?.code ?? '',
  };
}

export function toPersonRecord(persoon: BrpPersoon, provenance: Provenance): PersonRecord {
  const givenNames = persoon.naam?.voornamen ?? '';
  const prefix = persoon.naam?.voorvoegsel ?? null;
  const familyName = persoon.naam?.geslachtsnaam ?? '';
  const gender = persoon.geslacht?.code?.toUpperCase();
  return {
    bsn: persoon.burgerservicenummer,
    name: { givenNames, prefix, familyName, full: formatName(givenNames, prefix, familyName) },
    birthDate: fromBrpDatum(persoon.geboorte?.datum) ?? '',
    gender: gender === 'M' || gender === 'V' ? gender : 'O',
    nationality: nationalityOf(persoon),
    deathDate: fromBrpDatum(persoon.overlijden?.datum),
    residentSince: persoon.verblijfplaats?.type === 'Adres' ? fromBrpDatum(persoon.verblijfplaats.datumVan) : null,
    address: addressOf(persoon),
    provenance,
  };
}

/** Current partners only: the BRP also delivers the last dissolved marriage, with its end date. */
export function currentPartnerBsns(persoon: BrpPersoon): Set<string> {
  return new Set((persoon.partners ?? []).filter((p) => !p.ontbindingHuwelijkPartnerschap?.datum).flatMap((p) => (p.burgerservicenummer ? [p.burgerservicenummer] : [])));
}

export function relatedBsns(list: Array<{ burgerservicenummer?: string | undefined }> | undefined): Set<string> {
  return new Set((list ?? []).flatMap((p) => (p.burgerservicenummer ? [p.burgerservicenummer] : [])));
}
