import type { demoPersonas } from '../modules/registry/registry.tables.js';
import { bsnSeries, demoUuid } from './demo-ids.js';
import { ageOf, bagId, isoDate, type AddressRow, type BusinessRow, type DemoPopulation, type PersonRow } from './demo-population.js';

// Hand-made households offered by the DigiD test login. Each one shows a situation the regelingen
// must handle (self-employed alone or with an earning partner, a widower needing a Wmo aid, a single
// parent, the AOW-age boundary, a business started after the Tozo cut-off, cost sharers, someone who
// moved away). Ages are relative to the seeding day, so the situations stay true as time passes.

export type PersonaRow = typeof demoPersonas.$inferInsert;

interface MemberSpec {
  key: string;
  givenNames: string;
  prefix?: string;
  familyName: string;
  sex: 'M' | 'V';
  age: number;
  deceasedYearsAgo?: number;
}

interface PersonaSpec {
  key: string;
  address: { street: string; houseNumber: number; postcode: string; elsewhere?: boolean };
  members: MemberSpec[];
  /** Pairs of member keys. */
  partners?: Array<[string, string]>;
  /** [parent, child] pairs of member keys. */
  parentOf?: Array<[string, string]>;
  business?: { owner: string; tradeName: string; sbiCode: string; sbiDescription: string; registeredOn: string; legalForm?: string };
  description: (ages: Record<string, number>) => { nl: string; en: string };
}

const specs: PersonaSpec[] = [
  {
    key: 'yilmaz',
    address: { street: 'Kerkstraat', houseNumber: 214, postcode: '9901AB' },
    members: [{ key: 'mehmet', givenNames: 'Mehmet', familyName: 'Yılmaz', sex: 'M', age: 44 }],
    business: { owner: 'mehmet', tradeName: 'Schildersbedrijf Yılmaz', sbiCode: '43341', sbiDescription: 'Schilders- en glazeniersbedrijven', registeredOn: '2011-04-01' },
    description: (a) => ({
      nl: `Zelfstandig schilder (${a.mehmet} jaar), woont alleen. Ingeschreven bij de KvK sinds 2011.`,
      en: `Self-employed painter (${a.mehmet}), lives alone. Registered with the KvK since 2011.`,
    }),
  },
  {
    key: 'de-groot',
    address: { street: 'Beatrixlaan', houseNumber: 301, postcode: '9902BC' },
    members: [
      { key: 'linda', givenNames: 'Linda', prefix: 'de', familyName: 'Groot', sex: 'V', age: 39 },
      { key: 'peter', givenNames: 'Peter', prefix: 'de', familyName: 'Groot', sex: 'M', age: 41 },
      { key: 'sem', givenNames: 'Sem', prefix: 'de', familyName: 'Groot', sex: 'M', age: 8 },
      { key: 'julia', givenNames: 'Julia', prefix: 'de', familyName: 'Groot', sex: 'V', age: 5 },
    ],
    partners: [['linda', 'peter']],
    parentOf: [['linda', 'sem'], ['peter', 'sem'], ['linda', 'julia'], ['peter', 'julia']],
    business: { owner: 'linda', tradeName: 'Fotografie de Groot', sbiCode: '74201', sbiDescription: 'Fotografie', registeredOn: '2015-09-14' },
    description: () => ({
      nl: 'Zzp-fotograaf, getrouwd met Peter (in loondienst), twee kinderen.',
      en: 'Self-employed photographer, married to Peter (employed), two children.',
    }),
  },
  {
    key: 'smit',
    address: { street: 'Lindelaan', houseNumber: 207, postcode: '9903CD' },
    members: [
      { key: 'johan', givenNames: 'Johan', familyName: 'Smit', sex: 'M', age: 82 },
      { key: 'gerda', givenNames: 'Gerda', familyName: 'Smit-Bos', sex: 'V', age: 80, deceasedYearsAgo: 2 },
    ],
    partners: [['johan', 'gerda']],
    description: (a) => ({
      nl: `Weduwnaar van ${a.johan}, woont alleen. Heeft moeite met opstaan en douchen.`,
      en: `Widower aged ${a.johan}, lives alone. Finds standing up and showering hard.`,
    }),
  },
  {
    key: 'ramdin',
    address: { street: 'Tulpstraat', houseNumber: 188, postcode: '9904DE' },
    members: [
      { key: 'priya', givenNames: 'Priya', familyName: 'Ramdin', sex: 'V', age: 34 },
      { key: 'aiden', givenNames: 'Aiden', familyName: 'Ramdin', sex: 'M', age: 6 },
    ],
    parentOf: [['priya', 'aiden']],
    description: () => ({
      nl: 'Alleenstaande moeder met een zoon van 6, werkt parttime in de zorg.',
      en: 'Single mother with a son aged 6, works part-time in care.',
    }),
  },
  {
    key: 'van-der-linden',
    address: { street: 'Molenweg', houseNumber: 176, postcode: '9905EG' },
    members: [
      { key: 'kees', givenNames: 'Kees', prefix: 'van der', familyName: 'Linden', sex: 'M', age: 66 },
      { key: 'ria', givenNames: 'Ria', prefix: 'van der', familyName: 'Linden', sex: 'V', age: 68 },
    ],
    partners: [['kees', 'ria']],
    business: { owner: 'kees', tradeName: 'Hoveniersbedrijf Van der Linden', sbiCode: '81300', sbiDescription: 'Landschapsverzorging', registeredOn: '1994-03-01' },
    description: (a) => ({
      nl: `Hovenier van ${a.kees}, bijna AOW-leeftijd. Getrouwd met Ria (${a.ria}), die AOW heeft.`,
      en: `Gardener aged ${a.kees}, close to state-pension age. Married to Ria (${a.ria}), who has a state pension.`,
    }),
  },
  {
    key: 'bakker',
    address: { street: 'Stationsweg', houseNumber: 242, postcode: '9906GH' },
    members: [{ key: 'noor', givenNames: 'Noor', familyName: 'Bakker', sex: 'V', age: 26 }],
    business: { owner: 'noor', tradeName: 'Studio Noor', sbiCode: '74101', sbiDescription: 'Communicatie- en grafisch ontwerp', registeredOn: '2021-06-01' },
    description: () => ({
      nl: 'Grafisch ontwerper, begon haar bedrijf in juni 2021 (na de peildatum van de Tozo).',
      en: 'Graphic designer who started her business in June 2021 (after the Tozo cut-off date).',
    }),
  },
  {
    key: 'visser',
    address: { street: 'Eikenlaan', houseNumber: 233, postcode: '9907HJ' },
    members: [
      { key: 'daan', givenNames: 'Daan', familyName: 'Visser', sex: 'M', age: 19 },
      { key: 'erik', givenNames: 'Erik', familyName: 'Visser', sex: 'M', age: 50 },
      { key: 'monique', givenNames: 'Monique', familyName: 'Visser', sex: 'V', age: 48 },
      { key: 'lotte', givenNames: 'Lotte', familyName: 'Visser', sex: 'V', age: 15 },
    ],
    partners: [['erik', 'monique']],
    parentOf: [['erik', 'daan'], ['monique', 'daan'], ['erik', 'lotte'], ['monique', 'lotte']],
    description: (a) => ({
      nl: `${a.daan} jaar, woont bij zijn ouders en zus.`,
      en: `Aged ${a.daan}, lives with his parents and sister.`,
    }),
  },
  {
    key: 'kaya',
    address: { street: 'Merelstraat', houseNumber: 219, postcode: '9908JK' },
    members: [
      { key: 'sevda', givenNames: 'Sevda', familyName: 'Kaya', sex: 'V', age: 57 },
      { key: 'emre', givenNames: 'Emre', familyName: 'Kaya', sex: 'M', age: 31 },
      { key: 'can', givenNames: 'Can', familyName: 'Kaya', sex: 'M', age: 29 },
    ],
    parentOf: [['sevda', 'emre'], ['sevda', 'can']],
    description: () => ({
      nl: 'Moeder met twee volwassen zonen thuis (kostendelers).',
      en: 'Mother with two adult sons living at home (cost sharers).',
    }),
  },
  {
    key: 'jansen',
    address: { street: 'Oudegracht', houseNumber: 12, postcode: '3511AB', elsewhere: true },
    members: [{ key: 'tim', givenNames: 'Tim', familyName: 'Jansen', sex: 'M', age: 36 }],
    business: { owner: 'tim', tradeName: 'Jansen Software', sbiCode: '62010', sbiDescription: 'Ontwikkelen, produceren en uitgeven van software', registeredOn: '2017-02-20' },
    description: () => ({
      nl: 'Zzp-programmeur, is verhuisd naar een andere gemeente.',
      en: 'Self-employed programmer who moved to another municipality.',
    }),
  },
];

/** The persona households, ready to insert next to the generated population. */
export function buildPersonas(options: { referenceDate: Date; municipalityCode: string; municipalityName: string }): DemoPopulation & { personas: PersonaRow[] } {
  const ref = options.referenceDate;
  const bsns = bsnSeries(90_100_010);
  const out: DemoPopulation & { personas: PersonaRow[] } = { addresses: [], persons: [], relations: [], businesses: [], personas: [] };
  // Any code but our own: the person lives outside the municipality.
  const elsewhere = options.municipalityCode === '0344' ? { code: '0363', city: 'Amsterdam' } : { code: '0344', city: 'Utrecht' };
  let kvk = 79_000_000;

  specs.forEach((spec, sort) => {
    const address: AddressRow = {
      id: demoUuid(`persona-address:${spec.key}`),
      bagId: bagId(options.municipalityCode, 9_000_000_000 + sort),
      street: spec.address.street,
      houseNumber: spec.address.houseNumber,
      postcode: spec.address.postcode,
      city: spec.address.elsewhere ? elsewhere.city : options.municipalityName,
      municipalityCode: spec.address.elsewhere ? elsewhere.code : options.municipalityCode,
    };
    out.addresses.push(address);
    const byKey = new Map<string, PersonRow>();
    for (const member of spec.members) {
      const birthDate = isoDate(new Date(Date.UTC(ref.getUTCFullYear() - member.age, ref.getUTCMonth(), ref.getUTCDate() - 40 - sort * 17)));
      const person: PersonRow = {
        id: demoUuid(`persona:${spec.key}:${member.key}`),
        bsn: bsns.next().value,
        givenNames: member.givenNames,
        familyNamePrefix: member.prefix ?? null,
        familyName: member.familyName,
        birthDate,
        gender: member.sex,
        nationality: spec.key === 'kaya' ? 'Turkse' : 'Nederlandse',
        addressId: address.id,
        residentSince: isoDate(new Date(Date.UTC(Math.max(Number(birthDate.slice(0, 4)), ref.getUTCFullYear() - 9), 2, 1))),
        deathDate: member.deceasedYearsAgo ? isoDate(new Date(Date.UTC(ref.getUTCFullYear() - member.deceasedYearsAgo, 4, 12))) : null,
        searchName: `${member.givenNames} ${member.prefix ? `${member.prefix} ` : ''}${member.familyName}`.toLowerCase(),
      };
      byKey.set(member.key, person);
      out.persons.push(person);
    }
    const id = (key: string) => byKey.get(key)!.id!;
    for (const [a, b] of spec.partners ?? []) {
      out.relations.push({ personId: id(a), relatedPersonId: id(b), type: 'partner', since: '2012-05-19' });
      out.relations.push({ personId: id(b), relatedPersonId: id(a), type: 'partner', since: '2012-05-19' });
    }
    for (const [parent, child] of spec.parentOf ?? []) {
      out.relations.push({ personId: id(parent), relatedPersonId: id(child), type: 'child', since: byKey.get(child)!.birthDate });
      out.relations.push({ personId: id(child), relatedPersonId: id(parent), type: 'parent', since: byKey.get(child)!.birthDate });
    }
    if (spec.business) {
      const business: BusinessRow = {
        kvkNumber: String(kvk++),
        tradeName: spec.business.tradeName,
        legalForm: spec.business.legalForm ?? 'Eenmanszaak',
        sbiCode: spec.business.sbiCode,
        sbiDescription: spec.business.sbiDescription,
        registeredOn: spec.business.registeredOn,
        ownerPersonId: id(spec.business.owner),
        addressId: address.id,
        homeBased: true,
      };
      out.businesses.push(business);
    }
    const main = byKey.get(spec.members[0]!.key)!;
    const ages = Object.fromEntries([...byKey].map(([key, p]) => [key, ageOf(p.birthDate, ref)]));
    const text = spec.description(ages);
    out.personas.push({ bsn: main.bsn, sort: sort + 1, descriptionNl: text.nl, descriptionEn: text.en });
  });
  return out;
}
