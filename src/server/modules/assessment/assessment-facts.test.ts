import { describe, expect, it } from 'vitest';
import type { HouseholdMember, PersonRecord } from '../registry/person-registry.js';
import { ageOn, averageMonthlyNet, businessFacts, incomeFacts, incomePeriodBefore, partnerOf, personFacts } from './assessment-facts.js';

const provenance = { source: 'embedded' as const, fetchedAt: '2026-03-01T09:00:00.000Z' };

function person(bsn: string, birthDate: string, municipalityCode = '9999'): PersonRecord {
  return {
    bsn,
    name: { givenNames: 'A', prefix: null, familyName: 'B', full: 'A B' },
    birthDate,
    gender: 'V',
    nationality: 'Nederlandse',
    deathDate: null,
    residentSince: null,
    address: { street: 'Teststraat', houseNumber: 1, houseLetter: null, houseNumberAddition: null, postcode: '9999TS', city: 'Voorbeeldstad', municipalityCode },
    provenance,
  };
}

const member = (relation: HouseholdMember['relation'], p: PersonRecord): HouseholdMember => ({ relation, person: p });

describe('ageOn', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('1986-03-02', '2026-03-01')).toBe(39);
    expect(ageOn('1986-03-02', '2026-03-02')).toBe(40);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('gives an age for an incomplete BRP date only when every possible date gives the same age', () => {
    expect(ageOn('1968-07', '2026-09-01')).toBe(58);
    expect(ageOn('1968-07', '2026-07-15')).toBeNull();
    expect(ageOn('1968', '2026-12-31')).toBe(58);
    expect(ageOn('1968', '2026-06-01')).toBeNull();
    expect(ageOn('', '2026-06-01')).toBeNull();
  });
});

describe('income', () => {
  it('looks at the three calendar months before the reference month', () => {
    expect(incomePeriodBefore('2026-03-02')).toEqual({ from: '2025-12', to: '2026-02' });
    expect(incomePeriodBefore('2026-12-31')).toEqual({ from: '2026-09', to: '2026-11' });
  });

  it('averages net income over the period, counting months without payment as 0; null when only gross is known', () => {
    const period = { from: '2026-01', to: '2026-03' };
    const months = (amounts: (number | null)[]) => amounts.map((net, i) => ({ month: `2026-0${i + 1}`, gross: 2000, net }));
    expect(averageMonthlyNet({ period, provenance, sources: [{ name: 'W', kind: 'loon', months: months([1000, 1000]) }, { name: 'UWV', kind: 'uitkering', months: months([100]) }] })).toBe(700);
    expect(averageMonthlyNet({ period, provenance, sources: [] })).toBe(0);
    expect(averageMonthlyNet({ period, provenance, sources: [{ name: 'W', kind: 'loon', months: months([1000, null]) }] })).toBeNull();
  });

  it("gives 0 for a partner's income when there is no partner, null when that is not known", () => {
    const none = { period: { from: '2026-01', to: '2026-03' }, provenance, sources: [] };
    expect(incomeFacts(none, undefined, false)).toEqual({ 'income.applicantMonthlyNet': 0, 'income.partnerMonthlyNet': 0 });
    expect(incomeFacts(none, undefined, null)['income.partnerMonthlyNet']).toBeNull();
  });
});

describe('household facts', () => {
  const on = '2026-03-02';
  const self = person('111111110', '1980-01-01');

  it('single parent: children under 18 at the address, the applicant alone counts as cost sharer', () => {
    const household = [member('self', self), member('child', person('222222220', '2015-05-05')), member('child', person('333333330', '2000-05-05'))];
    expect(personFacts({ person: self, household, partner: undefined, referenceDate: on, municipalityCode: '9999' })).toMatchObject({
      'person.age': 46,
      'person.livesInMunicipality': true,
      'household.type': 'alleenstaande-ouder',
      'household.size': 3,
      'household.childrenUnder18': 1,
      'household.costSharers': 1,
    });
  });

  it('counts the partner and everyone else of 27 or older as cost sharers (art. 22a Pw)', () => {
    const partner = person('444444440', '1982-01-01');
    const lodger = person('555555550', '1990-01-01');
    const young = person('666666660', '2003-01-01');
    const household = [member('self', self), member('partner', partner), member('co-resident', lodger), member('co-resident', young)];
    expect(personFacts({ person: self, household, partner, referenceDate: on, municipalityCode: '0363' })).toMatchObject({
      'person.livesInMunicipality': false,
      'household.hasPartner': true,
      'household.partnerAge': 44,
      'household.type': 'gehuwd',
      'household.costSharers': 3,
      'household.childrenUnder18': 0,
    });
  });

  it('takes a co-resident the form declares as partner, but not someone who lives elsewhere', () => {
    const cohabitant = person('777777770', '1981-01-01');
    const household = [member('self', self), member('co-resident', cohabitant)];
    expect(partnerOf(household, cohabitant.bsn)?.bsn).toBe(cohabitant.bsn);
    expect(partnerOf(household, '999993653')).toBeUndefined();
    expect(partnerOf([...household, member('partner', person('888888880', '1979-01-01'))], cohabitant.bsn)?.bsn).toBe('888888880');
  });

  it('has no facts for an unknown person', () => {
    expect(Object.values(personFacts({ person: undefined, household: [], partner: undefined, referenceDate: on, municipalityCode: '9999' })).every((v) => v === null)).toBe(true);
  });
});

describe('business facts', () => {
  const business = { kvkNumber: '12345678', tradeName: 'T', legalForm: 'Eenmanszaak', sbiCode: '1', sbiDescription: 'x', activities: [], homeBased: false, address: null, provenance, registeredOn: '2020-03-01', deregisteredOn: null as string | null };

  it('is active from registration until deregistration; unknown when the registry cannot tell', () => {
    expect(businessFacts({ business }, '2020-03-01')).toEqual({ 'business.found': true, 'business.active': true, 'business.registeredOn': '2020-03-01' });
    expect(businessFacts({ business }, '2020-02-29')['business.active']).toBe(false);
    expect(businessFacts({ business: { ...business, deregisteredOn: '2021-01-01' } }, '2021-01-01')['business.active']).toBe(false);
    expect(businessFacts({ business: undefined }, '2021-01-01')).toEqual({ 'business.found': false, 'business.active': false, 'business.registeredOn': null });
    expect(businessFacts(undefined, '2021-01-01')['business.found']).toBeNull();
  });
});
