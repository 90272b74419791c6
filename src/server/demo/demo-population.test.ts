import { describe, expect, it } from 'vitest';
import { ageOf, generatePopulation } from './demo-population.js';
import { buildPersonas } from './demo-personas.js';

const referenceDate = new Date('2026-12-01T00:00:00Z');
const options = { referenceDate, municipalityCode: '9999', municipalityName: 'Voorbeeldstad', minPersons: 2_000 };

describe('demo population', () => {
  it('is the same for the same seed and reference date', () => {
    const a = generatePopulation(options);
    const b = generatePopulation(options);
    expect(b.persons.map((p) => p.bsn)).toEqual(a.persons.map((p) => p.bsn));
    expect(b.persons.map((p) => p.givenNames)).toEqual(a.persons.map((p) => p.givenNames));
  });

  it('reaches the requested size with unique keys and no one born after the reference date', () => {
    const { persons, addresses, businesses } = generatePopulation(options);
    expect(persons.filter((p) => !p.deathDate).length).toBeGreaterThanOrEqual(2_000);
    expect(new Set(persons.map((p) => p.bsn)).size).toBe(persons.length);
    expect(new Set(addresses.map((a) => a.bagId)).size).toBe(addresses.length);
    expect(new Set(businesses.map((b) => b.kvkNumber)).size).toBe(businesses.length);
    expect(persons.every((p) => p.birthDate! <= '2026-12-01')).toBe(true);
    expect(businesses.every((b) => b.registeredOn <= '2026-12-01' && (!b.deregisteredOn || b.deregisteredOn > b.registeredOn))).toBe(true);
    expect(addresses.every((a) => /^[1-9]\d{3}[A-Z]{2}$/.test(a.postcode) && !/^\d{4}(SA|SD|SS)$/.test(a.postcode))).toBe(true);
  });

  it('makes parents at least 18 years older than their children', () => {
    const { persons, relations } = generatePopulation(options);
    const byId = new Map(persons.map((p) => [p.id, p]));
    for (const r of relations.filter((rel) => rel.type === 'child')) {
      const parent = byId.get(r.personId)!;
      const child = byId.get(r.relatedPersonId)!;
      expect(ageOf(parent.birthDate, referenceDate) - ageOf(child.birthDate, referenceDate)).toBeGreaterThanOrEqual(18);
    }
  });
});

describe('demo personas', () => {
  it('describe ages that match their birth dates and live in the municipality except the one who moved', () => {
    const personas = buildPersonas({ referenceDate, municipalityCode: '9999', municipalityName: 'Voorbeeldstad' });
    const johan = personas.persons.find((p) => p.givenNames === 'Johan')!;
    expect(ageOf(johan.birthDate, referenceDate)).toBe(82);
    expect(personas.personas.find((p) => p.bsn === johan.bsn)!.descriptionNl).toContain('82');
    const elsewhere = personas.addresses.filter((a) => a.municipalityCode !== '9999');
    expect(elsewhere).toHaveLength(1);
    expect(new Set(personas.persons.map((p) => p.bsn)).size).toBe(personas.persons.length);
  });
});
