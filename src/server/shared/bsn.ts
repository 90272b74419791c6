import { z } from 'zod';
import { isValidBsn } from '../../shared/forms/formats.js';

/** BSN elfproef: (9·d1 + 8·d2 + … + 2·d8 − 1·d9) mod 11 = 0, nine digits, not all zeros. */
export { isValidBsn };

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
