import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staffUsers } from '../staff/staff.tables.js';

/**
 * Server-side sessions. The cookie carries a random token; only its SHA-256 is stored,
 * so a database dump does not yield usable sessions.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    id: uuid('id').notNull().unique().defaultRandom(),
    kind: text('kind', { enum: ['resident', 'staff'] }).notNull(),
    staffUserId: uuid('staff_user_id').references(() => staffUsers.id, { onDelete: 'cascade' }),
    bsn: text('bsn'),
    displayName: text('display_name').notNull(),
    roles: text('roles').array().notNull(),
    authMethod: text('auth_method', { enum: ['digid-oidc', 'digid-test', 'staff-local', 'staff-oidc'] }).notNull(),
    csrfToken: text('csrf_token').notNull(),
    idToken: text('id_token'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_staff_idx').on(t.staffUserId), index('sessions_bsn_idx').on(t.bsn)],
);

/** Pending OpenID Connect logins: state, PKCE verifier and nonce between redirect and callback. */
export const oidcLoginStates = pgTable('oidc_login_states', {
  state: text('state').primaryKey(),
  provider: text('provider', { enum: ['digid', 'staff'] }).notNull(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  returnTo: text('return_to').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
