import { Faker, base, nl } from '@faker-js/faker';
import type { contactMoments } from '../modules/contact-moments/contact-moments.tables.js';
import { demoUuid } from './demo-ids.js';
import { ageOf, type PersonRow } from './demo-population.js';

export type ContactMomentRow = typeof contactMoments.$inferInsert;

// Questions a municipal front desk registers every day; summaries without names or numbers,
// as a careful colleague would write them.
const subjects: ReadonlyArray<readonly [topic: string, summary: string]> = [
  ['Vraag over bijstand', 'Inwoner vraagt of zij recht heeft op een bijstandsuitkering na ontslag. Uitleg gegeven over de voorwaarden en het aanvraagformulier.'],
  ['Schulden', 'Inwoner heeft betalingsachterstanden bij energie en huur. Doorverwezen naar schuldhulpverlening; afspraak volgt.'],
  ['Wmo: huishoudelijke hulp', 'Melding gedaan voor hulp bij het huishouden. Keukentafelgesprek wordt ingepland.'],
  ['Wmo: hulpmiddel', 'Vraag over een douchestoel en toiletverhoger. Uitgelegd hoe de aanvraag werkt.'],
  ['Wmo: vervoer', 'Vraag over de regiotaxipas. Informatie toegestuurd.'],
  ['Jeugdhulp', 'Ouder maakt zich zorgen over het gedrag van een kind. Doorverwezen naar het jeugdteam.'],
  ['Bijzondere bijstand', 'Vraag om vergoeding van een kapotte wasmachine. Aanvraagformulier bijzondere bijstand uitgelegd.'],
  ['Energietoeslag', 'Vraag of de energietoeslag dit jaar weer wordt uitgekeerd. Uitgelegd dat de gemeente dit bekendmaakt op de website.'],
  ['Zelfstandig ondernemer', 'Ondernemer heeft minder opdrachten en vraagt naar ondersteuning (Bbz). Uitleg gegeven over de voorwaarden.'],
  ['Inkomenswijziging doorgeven', 'Inwoner geeft door dat het inkomen van de partner is veranderd. Wijzigingsformulier gestuurd.'],
  ['Mantelzorg', 'Mantelzorger zoekt respijtzorg. Informatie over het steunpunt mantelzorg gegeven.'],
  ['Bezwaar', 'Inwoner is het niet eens met een besluit en vraagt hoe bezwaar maken werkt. Termijn van 6 weken uitgelegd.'],
  ['Re-integratie', 'Vraag over een werkervaringsplaats. Doorverbonden met de werkcoach.'],
  ['Minimaregeling', 'Vraag over de meedoenregeling voor kinderen. Voorwaarden uitgelegd.'],
];

const channels = ['telefoon', 'balie', 'email', 'brief', 'huisbezoek'] as const;

/** A few hundred contact moments over the last four months, spread over the demo consultants. */
export function buildContactMoments(options: {
  persons: readonly PersonRow[];
  consultantIds: readonly string[];
  referenceDate: Date;
  count: number;
}): ContactMomentRow[] {
  const faker = new Faker({ locale: [nl, base], seed: 4711 });
  const adults = options.persons.filter((p) => !p.deathDate && p.addressId && ageOf(p.birthDate, options.referenceDate) >= 18);
  const rows: ContactMomentRow[] = [];
  for (let i = 0; i < options.count; i++) {
    const [topic, summary] = faker.helpers.arrayElement(subjects);
    const daysAgo = faker.number.int({ min: 0, max: 120 });
    const registeredAt = new Date(options.referenceDate.getTime() - daysAgo * 86_400_000 - faker.number.int({ min: 0, max: 8 * 3_600_000 }));
    const consultant = faker.helpers.arrayElement(options.consultantIds);
    rows.push({
      id: demoUuid(`contact-moment:${i}`),
      subjectBsn: faker.helpers.arrayElement(adults).bsn,
      channel: faker.helpers.weightedArrayElement(channels.map((value, n) => ({ value, weight: [50, 25, 15, 5, 5][n]! }))),
      topic,
      summary,
      // Recent questions are more often still open.
      status: daysAgo < 21 && faker.datatype.boolean(0.6) ? 'open' : 'afgehandeld',
      registeredBy: consultant,
      assignedTo: consultant,
      registeredAt,
    });
  }
  return rows;
}
