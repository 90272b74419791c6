import { z } from 'zod';

// The parts of the KVK APIs (Zoeken v2.0, Basisprofiel v1.3; OpenAPI 3.0) that Eenloket reads.
// Unknown properties are ignored. KVK dates are "YYYYMMDD" strings.

const kvkNumber = z.string().regex(/^\d{8}$/);
const kvkDate = z.string().regex(/^\d{8}$/);

export const kvkZoekenResponse = z.object({
  pagina: z.number().int().optional(),
  totaal: z.number().int().optional(),
  resultaten: z
    .array(
      z.object({
        kvkNummer: kvkNumber,
        vestigingsnummer: z.string().regex(/^\d{12}$/).optional(),
        naam: z.string(),
        type: z.enum(['hoofdvestiging', 'nevenvestiging', 'rechtspersoon']),
        adres: z
          .object({
            binnenlandsAdres: z.object({ straatnaam: z.string().optional(), plaats: z.string().optional() }).optional(),
            buitenlandsAdres: z.object({ straatHuisnummer: z.string().optional(), land: z.string().optional() }).optional(),
          })
          .optional(),
      }),
    )
    .default([]),
});

const kvkAdres = z.object({
  type: z.string().optional(),
  indAfgeschermd: z.string().optional(),
  straatnaam: z.string().optional(),
  huisnummer: z.number().int().optional(),
  huisletter: z.string().optional(),
  huisnummerToevoeging: z.string().optional(),
  postcode: z.string().optional(),
  plaats: z.string().optional(),
  land: z.string().optional(),
});

const sbiActiviteit = z.object({ sbiCode: z.string(), sbiOmschrijving: z.string(), indHoofdactiviteit: z.string().optional() });

export const kvkBasisprofiel = z.object({
  kvkNummer: kvkNumber,
  naam: z.string().optional(),
  formeleRegistratiedatum: kvkDate.optional(),
  materieleRegistratie: z.object({ datumAanvang: kvkDate.optional(), datumEinde: kvkDate.optional() }).optional(),
  statutaireNaam: z.string().optional(),
  handelsnamen: z.array(z.object({ naam: z.string(), volgorde: z.number().int().optional() })).optional(),
  sbiActiviteiten: z.array(sbiActiviteit).optional(),
  _embedded: z
    .object({
      eigenaar: z.object({ rechtsvorm: z.string().optional(), uitgebreideRechtsvorm: z.string().optional() }).optional(),
      hoofdvestiging: z.object({ adressen: z.array(kvkAdres).optional(), sbiActiviteiten: z.array(sbiActiviteit).optional() }).optional(),
    })
    .optional(),
});
export type KvkBasisprofiel = z.infer<typeof kvkBasisprofiel>;

/** "20170710" → "2017-07-10"; KVK uses "00" for an unknown month or day, which becomes 01. */
export function fromKvkDate(value: string | undefined): string | null {
  if (!value) return null;
  const month = value.slice(4, 6) === '00' ? '01' : value.slice(4, 6);
  const day = value.slice(6, 8) === '00' ? '01' : value.slice(6, 8);
  return `${value.slice(0, 4)}-${month}-${day}`;
}
