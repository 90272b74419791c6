import { z } from 'zod';
import { bsnSchema } from '../../shared/bsn.js';
import { staffRoles } from './principal.js';

export const principalSchema = z
  .object({
    kind: z.enum(['resident', 'staff']),
    displayName: z.string(),
    roles: z.array(z.enum(['inwoner', ...staffRoles])),
    authMethod: z.enum(['digid-oidc', 'digid-test', 'staff-local', 'staff-oidc']),
  })
  .meta({ id: 'Principal' });

export const sessionInfoSchema = z
  .object({
    authenticated: z.boolean(),
    principal: principalSchema.optional(),
    csrfToken: z.string().optional().describe('Send as header x-csrf-token on every state-changing request'),
    idleExpiresAt: z.iso.datetime().optional(),
    absoluteExpiresAt: z.iso.datetime().optional(),
  })
  .meta({ id: 'SessionInfo' });

export const staffLoginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const digidTestLoginBody = z.strictObject({ bsn: bsnSchema });

export const returnToQuery = z.strictObject({ returnTo: z.string().max(500).optional() });

export const callbackQuery = z.looseObject({
  state: z.string().max(500).optional(),
  code: z.string().max(4000).optional(),
  error: z.string().max(200).optional(),
});

export const demoPersonaSchema = z.object({
  bsn: z.string(),
  name: z.string(),
  birthDate: z.string(),
  description: z.object({ nl: z.string(), en: z.string() }),
});

export const logoutResponse = z.object({
  redirectTo: z.string().optional().describe("The identity provider's logout URL, when the session came from one"),
});
