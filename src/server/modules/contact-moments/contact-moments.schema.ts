import { z } from 'zod';
import { bsnSchema } from '../../shared/bsn.js';

export const registerContactMomentBody = z.strictObject({
  bsn: bsnSchema,
  channel: z.enum(['telefoon', 'balie', 'email', 'brief', 'huisbezoek']),
  topic: z.string().trim().min(3).max(200),
  summary: z.string().trim().min(1).max(4000),
  status: z.enum(['open', 'afgehandeld']).default('open'),
});

export const contactMomentSummarySchema = z.object({
  id: z.string().uuid(),
  channel: z.string(),
  topic: z.string(),
  status: z.string(),
  registeredAt: z.iso.datetime(),
});

export const werkplekHomeSchema = z
  .object({
    displayName: z.string(),
    roles: z.array(z.string()),
    openContactMoments: z.number().int(),
    recentOpen: z.array(contactMomentSummarySchema).describe('Without personal data: opening one is a recorded read'),
  })
  .meta({ id: 'WerkplekHome' });
