import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenApiContract } from './registry-openapi.js';
import { FakeRegistryServer, type FakeReply, type FakeRequest } from './registry-fake-server.js';

// A Haal Centraal BRP Personen 2.x server for tests: POST /haalcentraal/api/brp/personen with the
// query types, `fields` filtering and error answers described in brp-personen/features. When the
// OpenAPI document is loaded, every request and answer is checked against it, and `fields` against
// the field lists of the features (fields-Persoon.csv and the others); a mismatch is a violation.

type Json = Record<string, unknown>;
export const brpPath = '/haalcentraal/api/brp/personen';

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** An AbstractDatum: "1985-12-01", or { jaar, maand } / { jaar } for incomplete dates. */
export function brpDatum(value: string | { jaar: number; maand?: number }): Json {
  if (typeof value === 'string') {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return { type: 'Datum', datum: value, langFormaat: `${d} ${months[m - 1]} ${y}` };
  }
  if (value.maand) return { type: 'JaarMaandDatum', jaar: value.jaar, maand: value.maand, langFormaat: `${months[value.maand - 1]} ${value.jaar}` };
  return { type: 'JaarDatum', jaar: value.jaar, langFormaat: String(value.jaar) };
}

interface AddressSpec {
  straat: string;
  huisnummer: number;
  huisletter?: string;
  postcode: string;
  woonplaats: string;
  adresseerbaarObject: string;
  nummeraanduiding: string;
  sinds: string;
}

const nationaliteiten: Record<string, string> = { '0001': 'Nederlandse', '0057': 'Franse', '0052': 'Belgische' };
const gemeenten: Record<string, string> = { '0599': 'Rotterdam', '0518': "'s-Gravenhage", '1999': 'Registratie Niet Ingezetenen (RNI)' };

/** A complete Persoon as RaadpleegMetBurgerservicenummer would return it with every field asked for. */
export function brpPersoon(spec: {
  bsn: string;
  voornamen: string;
  voorvoegsel?: string;
  geslachtsnaam: string;
  geboren: string | { jaar: number; maand?: number };
  geslacht: 'M' | 'V' | 'O';
  nationaliteit?: string;
  gemeente: string;
  adres?: AddressSpec;
  buitenland?: { regel1: string; regel2: string; land: { code: string; omschrijving: string } };
  overleden?: string;
  partners?: Array<{ bsn: string; ontbonden?: string }>;
  kinderen?: string[];
  ouders?: string[];
}): Json {
  const naam = (voornamen: string, geslachtsnaam: string, voorvoegsel?: string) => ({
    voornamen,
    ...(voorvoegsel ? { voorvoegsel } : {}),
    geslachtsnaam,
    voorletters: voornamen.split(' ').map((n) => `${n[0]}.`).join(''),
  });
  return {
    burgerservicenummer: spec.bsn,
    naam: { ...naam(spec.voornamen, spec.geslachtsnaam, spec.voorvoegsel), volledigeNaam: [spec.voornamen, spec.voorvoegsel, spec.geslachtsnaam].filter(Boolean).join(' ') },
    geboorte: { datum: brpDatum(spec.geboren), plaats: { code: spec.gemeente, omschrijving: gemeenten[spec.gemeente] ?? 'Onbekend' } },
    geslacht: { code: spec.geslacht, omschrijving: { M: 'man', V: 'vrouw', O: 'onbekend' }[spec.geslacht] },
    leeftijd: 40,
    nationaliteiten: [{ type: 'Nationaliteit', nationaliteit: { code: spec.nationaliteit ?? '0001', omschrijving: nationaliteiten[spec.nationaliteit ?? '0001'] } }],
    ...(spec.overleden ? { overlijden: { datum: brpDatum(spec.overleden) } } : {}),
    gemeenteVanInschrijving: { code: spec.gemeente, omschrijving: gemeenten[spec.gemeente] },
    datumInschrijvingInGemeente: brpDatum('2013-11-02'),
    ...(spec.adres
      ? {
          verblijfplaats: {
            type: 'Adres',
            adresseerbaarObjectIdentificatie: spec.adres.adresseerbaarObject,
            nummeraanduidingIdentificatie: spec.adres.nummeraanduiding,
            functieAdres: { code: 'W', omschrijving: 'woonadres' },
            datumVan: brpDatum(spec.adres.sinds),
            verblijfadres: {
              officieleStraatnaam: spec.adres.straat,
              korteStraatnaam: spec.adres.straat.slice(0, 24),
              huisnummer: spec.adres.huisnummer,
              ...(spec.adres.huisletter ? { huisletter: spec.adres.huisletter } : {}),
              postcode: spec.adres.postcode,
              woonplaats: spec.adres.woonplaats,
            },
          },
        }
      : {}),
    ...(spec.buitenland ? { verblijfplaats: { type: 'VerblijfplaatsBuitenland', datumVan: brpDatum('2020-01-15'), verblijfadres: spec.buitenland } } : {}),
    ...(spec.partners
      ? {
          partners: spec.partners.map((p) => ({
            burgerservicenummer: p.bsn,
            soortVerbintenis: { code: 'H', omschrijving: 'huwelijk' },
            aangaanHuwelijkPartnerschap: { datum: brpDatum('2008-12-01') },
            ...(p.ontbonden ? { ontbindingHuwelijkPartnerschap: { datum: brpDatum(p.ontbonden) } } : {}),
          })),
        }
      : {}),
    ...(spec.kinderen ? { kinderen: spec.kinderen.map((bsn) => ({ burgerservicenummer: bsn })) } : {}),
    ...(spec.ouders ? { ouders: spec.ouders.map((bsn, i) => ({ burgerservicenummer: bsn, ouderAanduiding: String(i + 1) })) } : {}),
  };
}

const boterdiep: AddressSpec = { straat: 'Boterdiep', huisnummer: 31, postcode: '3077AW', woonplaats: 'Rotterdam', adresseerbaarObject: '0599010000208579', nummeraanduiding: '0599200000219678', sinds: '2015-08-08' };
const spui: AddressSpec = { straat: 'Spui', huisnummer: 70, huisletter: 'B', postcode: '2511BT', woonplaats: "'s-Gravenhage", adresseerbaarObject: '0518010000208580', nummeraanduiding: '0518200000219679', sinds: '2003-04-01' };

/**
 * The persons the fake knows. Boterdiep 31: a married couple with two children (one born in a
 * month whose day is unknown), a lodger and a deceased former resident. Spui 70B: a divorced couple
 * still living together. And someone living abroad.
 */
export const brpFixtures = {
  suzanne: brpPersoon({ bsn: '999993653', voornamen: 'Suzanne', geslachtsnaam: 'Moulin', geboren: '1985-12-01', geslacht: 'V', nationaliteit: '0057', gemeente: '0599', adres: boterdiep, partners: [{ bsn: '999990639' }], kinderen: ['999991425', '999994803'] }),
  jeanMarie: brpPersoon({ bsn: '999990639', voornamen: 'Jean Marie', geslachtsnaam: 'Beaudelaire', geboren: '1976-08-01', geslacht: 'M', nationaliteit: '0057', gemeente: '0599', adres: boterdiep, partners: [{ bsn: '999993653' }], kinderen: ['999991425', '999994803'] }),
  lucas: brpPersoon({ bsn: '999991425', voornamen: 'Lucas', geslachtsnaam: 'Beaudelaire', geboren: '2010-03-04', geslacht: 'M', gemeente: '0599', adres: boterdiep, ouders: ['999993653', '999990639'] }),
  emma: brpPersoon({ bsn: '999994803', voornamen: 'Emma', geslachtsnaam: 'Beaudelaire', geboren: { jaar: 2014, maand: 6 }, geslacht: 'V', gemeente: '0599', adres: boterdiep, ouders: ['999993653', '999990639'] }),
  karin: brpPersoon({ bsn: '999992387', voornamen: 'Karin Monique', voorvoegsel: 'du', geslachtsnaam: 'Burck', geboren: '1951-12-23', geslacht: 'V', gemeente: '0599', adres: boterdiep }),
  mattheus: brpPersoon({ bsn: '999994736', voornamen: 'Mattheus', voorvoegsel: 'du', geslachtsnaam: 'Burck', geboren: '1922-09-25', geslacht: 'M', gemeente: '0599', adres: boterdiep, overleden: '2019-03-02' }),
  pieter: brpPersoon({ bsn: '999994773', voornamen: 'Pieter', geslachtsnaam: 'Maassen', geboren: '1970-05-26', geslacht: 'M', gemeente: '0518', adres: spui, partners: [{ bsn: '999993136', ontbonden: '2019-11-09' }] }),
  anna: brpPersoon({ bsn: '999993136', voornamen: 'Anna', voorvoegsel: 'van', geslachtsnaam: 'Os', geboren: '1972-02-29', geslacht: 'V', nationaliteit: '0052', gemeente: '0518', adres: spui, partners: [{ bsn: '999994773', ontbonden: '2019-11-09' }] }),
  tim: brpPersoon({ bsn: '999901011', voornamen: 'Tim', geslachtsnaam: 'Smits', geboren: '1990-01-10', geslacht: 'M', gemeente: '1999', buitenland: { regel1: '53 Rue de Tilsitt', regel2: '75008 Paris', land: { code: '5002', omschrijving: 'Frankrijk' } } }),
};

// The parameters each query type accepts (OpenAPI 2.7); anything else is refused, as the features say.
const parametersByType: Record<string, string[]> = {
  RaadpleegMetBurgerservicenummer: ['burgerservicenummer'],
  ZoekMetGeslachtsnaamEnGeboortedatum: ['inclusiefOverledenPersonen', 'geboortedatum', 'geslachtsnaam', 'geslacht', 'voorvoegsel', 'voornamen'],
  ZoekMetNaamEnGemeenteVanInschrijving: ['inclusiefOverledenPersonen', 'geslacht', 'geslachtsnaam', 'voorvoegsel', 'voornamen'],
  ZoekMetPostcodeEnHuisnummer: ['inclusiefOverledenPersonen', 'huisletter', 'huisnummer', 'huisnummertoevoeging', 'postcode', 'geboortedatum', 'geslachtsnaam'],
  ZoekMetAdresseerbaarObjectIdentificatie: ['inclusiefOverledenPersonen', 'adresseerbaarObjectIdentificatie'],
};
const fieldListOf: Record<string, string> = {
  RaadpleegMetBurgerservicenummer: 'fields-Persoon.csv',
  ZoekMetAdresseerbaarObjectIdentificatie: 'fields-GezagPersoonBeperkt.csv',
};

export function createFakeBrp(options: { persons?: Json[]; apiKey?: string; contract?: OpenApiContract; featuresDir?: string } = {}): FakeRegistryServer {
  const persons = options.persons ?? Object.values(brpFixtures);
  const fieldLists = new Map<string, Set<string>>();
  const allowedFields = (type: string) => {
    if (!options.featuresDir) return undefined;
    const file = fieldListOf[type] ?? 'fields-PersoonBeperkt.csv';
    if (!fieldLists.has(file)) fieldLists.set(file, new Set(readFileSync(join(options.featuresDir, file), 'utf8').split(/\r?\n/).slice(1).map((l) => l.trim()).filter(Boolean)));
    return fieldLists.get(file)!;
  };

  return new FakeRegistryServer((request: FakeRequest, fake) => {
    const problem = (status: number, code: string, title: string, invalidParams?: Json[]): FakeReply => {
      const body = { type: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1', title, status, instance: `${fake.url}${brpPath}`, code, ...(invalidParams ? { invalidParams } : {}) };
      const errors = options.contract?.response('/personen', 'post', status, 'application/problem+json', body) ?? [];
      fake.violations.push(...errors.map((e) => `problem ${status}: ${e}`));
      return { status, body, contentType: 'application/problem+json' };
    };
    if (request.method !== 'POST' || request.path !== brpPath) return problem(404, 'notFound', 'Opgevraagde resource bestaat niet.');
    if (options.apiKey && request.headers['x-api-key'] !== options.apiKey) return problem(401, 'authentication', 'Niet correct geauthenticeerd.');

    const body = request.body as Json;
    const refuse = (why: string, invalidParams: Json[]) => {
      fake.violations.push(`request: ${why}`);
      return problem(400, 'paramsValidation', 'Een of meerdere parameters zijn niet correct.', invalidParams);
    };
    const contractErrors = options.contract?.requestBody('/personen', 'post', body) ?? [];
    if (contractErrors.length) return refuse(contractErrors.join('; '), [{ name: 'type', code: 'schema', reason: 'Voldoet niet aan de specificatie.' }]);
    const type = String(body.type);
    if (!parametersByType[type]) return refuse(`type ${type} is not served by this fake`, [{ name: 'type', code: 'value', reason: 'Waarde is geen geldig zoek type.' }]);
    // The parameters the type's schema declares (or, without the document, the same list written out).
    const accepted = options.contract ? options.contract.propertiesOf(type).filter((p) => !['type', 'fields'].includes(p)) : [...parametersByType[type], 'gemeenteVanInschrijving'];
    const unknown = Object.keys(body).filter((key) => key !== 'type' && key !== 'fields' && !accepted.includes(key));
    if (unknown.length) return refuse(`unknown parameters ${unknown.join(', ')}`, unknown.map((name) => ({ name, code: 'unknownParam', reason: 'Parameter is niet verwacht.' })));
    const fields = body.fields as string[];
    const notAllowed = fields.filter((f) => allowedFields(type) && !allowedFields(type)!.has(f));
    if (notAllowed.length) return refuse(`fields not in ${fieldListOf[type] ?? 'fields-PersoonBeperkt.csv'}: ${notAllowed.join(', ')}`, [{ name: 'fields', code: 'fields', reason: 'Parameter bevat een niet bestaande veldnaam.' }]);

    const answer = { type, personen: persons.filter((p) => matches(type, body, p)).map((p) => project(p, fields)) };
    const responseErrors = options.contract?.response('/personen', 'post', 200, 'application/json; charset=utf-8', answer) ?? [];
    fake.violations.push(...responseErrors.map((e) => `response: ${e}`));
    return { status: 200, body: answer, contentType: 'application/json; charset=utf-8' };
  });
}

function matches(type: string, q: Json, p: Json): boolean {
  const place = (p.verblijfplaats ?? {}) as Json;
  const address = (place.verblijfadres ?? {}) as Json;
  const naam = p.naam as Json;
  const alive = !p.overlijden || q.inclusiefOverledenPersonen === true;
  const inMunicipality = !q.gemeenteVanInschrijving || (p.gemeenteVanInschrijving as Json).code === q.gemeenteVanInschrijving;
  const like = (pattern: unknown, value: unknown) => {
    const wanted = String(pattern).toLowerCase();
    const actual = String(value ?? '').toLowerCase();
    return wanted.endsWith('*') ? actual.startsWith(wanted.slice(0, -1)) : actual === wanted;
  };
  switch (type) {
    case 'RaadpleegMetBurgerservicenummer':
      return (q.burgerservicenummer as string[]).includes(String(p.burgerservicenummer)) && inMunicipality;
    case 'ZoekMetGeslachtsnaamEnGeboortedatum':
      return alive && inMunicipality && like(q.geslachtsnaam, naam.geslachtsnaam) && ((p.geboorte as Json).datum as Json).datum === q.geboortedatum;
    case 'ZoekMetNaamEnGemeenteVanInschrijving':
      return alive && inMunicipality && like(q.geslachtsnaam, naam.geslachtsnaam) && like(q.voornamen, naam.voornamen);
    case 'ZoekMetPostcodeEnHuisnummer':
      return alive && inMunicipality && String(address.postcode).toLowerCase() === String(q.postcode).replace(/\s/g, '').toLowerCase() && address.huisnummer === q.huisnummer;
    case 'ZoekMetAdresseerbaarObjectIdentificatie':
      return alive && inMunicipality && place.adresseerbaarObjectIdentificatie === q.adresseerbaarObjectIdentificatie;
    default:
      return false;
  }
}

/** Only the asked-for fields, with the `type` of polymorphic objects, and no empty objects (features/bevragen/fields*.feature). */
export function project(source: Json, fields: string[]): Json {
  const out: Json = {};
  for (const field of fields) copyPath(source, out, field.split('.'));
  return prune(out) as Json;
}

function copyPath(source: unknown, target: Json, [head, ...rest]: string[]): void {
  if (!source || typeof source !== 'object' || !head || !(head in source)) return;
  const value = (source as Json)[head];
  if (rest.length === 0) {
    target[head] = structuredClone(value);
    return;
  }
  if (Array.isArray(value)) {
    const list = (target[head] ??= value.map(() => ({}))) as Json[];
    value.forEach((item: Json, i) => {
      if (typeof item.type === 'string') list[i]!.type = item.type;
      copyPath(item, list[i]!, rest);
    });
  } else if (value && typeof value === 'object') {
    const child = (target[head] ??= {}) as Json;
    if (typeof (value as Json).type === 'string') child.type = (value as Json).type;
    copyPath(value, child, rest);
  }
}

function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune).filter((v) => v !== undefined);
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value as Json)
    .map(([k, v]) => [k, prune(v)] as const)
    .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  return entries.length ? Object.fromEntries(entries) : undefined;
}
