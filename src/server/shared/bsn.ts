import { z } from 'zod';

/** BSN elfproef: (9·d1 + 8·d2 + … + 2·d8 − 1·d9) mod 11 = 0, nine digits, not all zeros. */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** A BSN field: nine digits passing the elfproef. The custom code maps to a plain-language message. */
export const bsnSchema = z
  .string()
  .check((ctx) => {
    if (!/^\d{9}$/.test(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, params: { code: 'bsn.format' }, message: 'A BSN has 9 digits' });
    } else if (!isValidBsn(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, params: { code: 'bsn.elfproef' }, message: 'BSN fails the elfproef' });
    }
  })
  .describe('Burgerservicenummer (9 cijfers, elfproef)');
