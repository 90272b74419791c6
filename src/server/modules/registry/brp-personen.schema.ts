import { z } from 'zod';

// The parts of Haal Centraal BRP Personen 2.x (BRP API Personen 2.7, OpenAPI 3.1) that Eenloket
// reads. Unknown properties are ignored, so the API may add fields; what we read must have the
// documented shape, or the answer is refused as invalid.

const waardetabel = z.object({ code: z.string().optional(), omschrijving: z.string().optional() });

/** AbstractDatum: a full date, a year and month, a year, or unknown. */
export const brpDatum = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Datum'), datum: z.iso.date() }),
  z.object({ type: z.literal('JaarMaandDatum'), jaar: z.number().int(), maand: z.number().int().min(1).max(12) }),
  z.object({ type: z.literal('JaarDatum'), jaar: z.number().int() }),
  z.object({ type: z.literal('DatumOnbekend') }),
]);
export type BrpDatum = z.infer<typeof brpDatum>;

const bsn = z.string().regex(/^\d{9}$/);

const verblijfadres = z.object({
  officieleStraatnaam: z.string().optional(),
  korteStraatnaam: z.string().optional(),
  huisnummer: z.number().int().optional(),
  huisletter: z.string().optional(),
  huisnummertoevoeging: z.string().optional(),
  postcode: z.string().optional(),
  woonplaats: z.string().optional(),
});

// Adres, VerblijfplaatsBuitenland, Locatie or VerblijfplaatsOnbekend: only an Adres has the fields
// we read, so the others are accepted with just their type.
const verblijfplaats = z.object({
  type: z.string(),
  verblijfadres: verblijfadres.optional(),
  adresseerbaarObjectIdentificatie: z.string().regex(/^\d{16}$/).optional(),
  datumVan: brpDatum.optional(),
});

const related = z.object({ burgerservicenummer: bsn.optional() });

export const brpPersoon = z.object({
  burgerservicenummer: bsn,
  naam: z.object({ voornamen: z.string().optional(), voorvoegsel: z.string().optional(), geslachtsnaam: z.string().optional() }).optional(),
  geboorte: z.object({ datum: brpDatum.optional() }).optional(),
  geslacht: waardetabel.optional(),
  nationaliteiten: z.array(z.object({ type: z.string(), nationaliteit: waardetabel.optional() })).optional(),
  overlijden: z.object({ datum: brpDatum.optional() }).optional(),
  verblijfplaats: verblijfplaats.optional(),
  gemeenteVanInschrijving: waardetabel.optional(),
  partners: z.array(related.extend({ ontbindingHuwelijkPartnerschap: z.object({ datum: brpDatum.optional() }).optional() })).optional(),
  kinderen: z.array(related).optional(),
  ouders: z.array(related).optional(),
});
export type BrpPersoon = z.infer<typeof brpPersoon>;

/** Answers of the Zoek* types: PersoonBeperkt; we only ask for the BSN. */
const brpPersoonBeperkt = z.object({ burgerservicenummer: bsn });

export function personenResponse<T extends z.ZodType>(type: string, persoon: T) {
  return z.object({ type: z.literal(type), personen: z.array(persoon).default([]) });
}

export const raadpleegResponse = personenResponse('RaadpleegMetBurgerservicenummer', brpPersoon);
export const zoekResponse = (type: string) => personenResponse(type, brpPersoonBeperkt);
