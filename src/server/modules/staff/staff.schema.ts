import { z } from 'zod';
import { staffRoles } from '../auth/principal.js';

const password = z
  .string()
  .max(200)
  .refine((v) => v.length >= 12, { params: { code: 'password.weak' } });
const roles = z.array(z.enum(staffRoles)).min(1).max(staffRoles.length);

export const staffUserSchema = z
  .object({
    id: z.uuid(),
    username: z.string().nullable(),
    displayName: z.string(),
    email: z.string().nullable(),
    team: z.string().nullable(),
    roles: z.array(z.string()),
    active: z.boolean(),
    login: z.enum(['local', 'oidc']),
    locked: z.boolean(),
    lastLoginAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'StaffUser' });

export const createStaffUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,50}$/, { message: 'username' }),
  displayName: z.string().trim().min(2).max(200),
  email: z.email().max(200).optional(),
  team: z.string().trim().max(100).optional(),
  roles,
  password,
});

export const updateStaffUserBody = z
  .strictObject({
    displayName: z.string().trim().min(2).max(200).optional(),
    team: z.string().trim().max(100).nullable().optional(),
    roles: roles.optional(),
    active: z.boolean().optional(),
    password: password.optional(),
    unlock: z.literal(true).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change', params: { code: 'empty' } });

export type CreateStaffUserInput = z.infer<typeof createStaffUserBody>;
export type UpdateStaffUserInput = z.infer<typeof updateStaffUserBody>;
