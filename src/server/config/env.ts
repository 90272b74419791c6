import { fileURLToPath } from 'node:url';
import addressparser from 'nodemailer/lib/addressparser';
import { z } from 'zod';
import { checkRegistries, registryConfigs, registryVariables, type RegistryConnectorConfig, type RegistryKey } from './registry-env.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalUrl = z.url().optional();

// Every setting the server reads from the environment, validated once at start-up.
// Defaults give the embedded quick start; production must configure identity providers explicitly.
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('localhost'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z.url().optional(),
    TRUST_PROXY: bool.default(false),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
    PGLITE_DATA_DIR: z.string().default('./data/pglite'),
    // Connections to PostgreSQL per process (its requests and its job worker share them).
    DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),

    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24).default(10),
    LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),

    MUNICIPALITY_NAME: z.string().min(1).default('Voorbeeldstad'),
    MUNICIPALITY_CODE: z.string().regex(/^\d{4}$/).default('9999'),
    THEME_DIR: z.string().optional(),
    REGELINGEN_DIR: z.string().min(1).optional(),

    DEMO_SEED: bool.optional(),
    DIGID_TEST_LOGIN: bool.optional(),
    STAFF_LOCAL_LOGIN: bool.default(true),

    DIGID_OIDC_ISSUER: optionalUrl,
    DIGID_OIDC_CLIENT_ID: z.string().optional(),
    DIGID_OIDC_CLIENT_SECRET: z.string().optional(),
    DIGID_OIDC_SCOPE: z.string().default('openid'),
    DIGID_OIDC_BSN_CLAIM: z.string().default('bsn'),

    STAFF_OIDC_ISSUER: optionalUrl,
    STAFF_OIDC_CLIENT_ID: z.string().optional(),
    STAFF_OIDC_CLIENT_SECRET: z.string().optional(),
    STAFF_OIDC_SCOPE: z.string().default('openid profile email'),
    STAFF_OIDC_ROLES_CLAIM: z.string().default('roles'),
    STAFF_OIDC_NAME_CLAIM: z.string().default('name'),
    // JSON object mapping identity-provider role values to Eenloket roles, e.g. {"SD-Consulenten":"consulent"}.
    STAFF_OIDC_ROLE_MAP: z.string().optional(),

    METRICS_TOKEN: z.string().min(16).optional(),

    JOBS_WORKER: bool.default(true),
    // pg-boss 10 refuses to poll more often than every 0.5 s.
    JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(300).default(1),

    // Automatic assessment: the share of automatic grants a kwaliteitsmedewerker reviews (0 to 1), and how
    // often a run is tried while a base registry is unavailable before a person takes over (the job's
    // retry policy allows at most 10).
    ASSESSMENT_REVIEW_SHARE: z.coerce.number().min(0).max(1).default(0.05),
    ASSESSMENT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(5),

    // May carry credentials (smtps://user:password@host:465): never echoed in messages or logs.
    SMTP_URL: z
      .string()
      .refine((value) => /^smtps?:$/.test(URL.parse(value)?.protocol ?? '') && Boolean(URL.parse(value)?.hostname), 'must be an smtp:// or smtps:// URL with a host')
      .optional(),
    MAIL_FROM: z
      .string()
      .refine((value) => parseMailbox(value) !== undefined, 'must be one address, e.g. "Gemeente Voorbeeldstad <noreply@voorbeeldstad.nl>"')
      .optional(),
    MAIL_DIR: z.string().default('./data/mail'),

    // Base registries (registry-env.ts). Without a URL the embedded registry is used.
    ...registryVariables,
  })
  .superRefine((env, ctx) => {
    const production = env.NODE_ENV === 'production';
    if (production && env.DIGID_TEST_LOGIN) {
      ctx.addIssue({
        code: 'custom',
        path: ['DIGID_TEST_LOGIN'],
        message: 'The DigiD test login cannot be enabled when NODE_ENV=production.',
      });
    }
    if (production && env.DEMO_SEED) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEMO_SEED'],
        message: 'Demo data with known passwords cannot be seeded when NODE_ENV=production.',
      });
    }
    if (production && !env.PUBLIC_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'required when NODE_ENV=production' });
    }
    if (production && !env.SMTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'required when NODE_ENV=production (without it, mail is only written to MAIL_DIR)' });
    }
    if (production && !env.MAIL_FROM) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'required when NODE_ENV=production (the default sender is noreply@localhost)' });
    }
    for (const prefix of ['DIGID_OIDC', 'STAFF_OIDC'] as const) {
      if (env[`${prefix}_ISSUER`] && !env[`${prefix}_CLIENT_ID`]) {
        ctx.addIssue({ code: 'custom', path: [`${prefix}_CLIENT_ID`], message: `required when ${prefix}_ISSUER is set` });
      }
    }
    checkRegistries(env, ctx);
    if (env.STAFF_OIDC_ROLE_MAP) {
      try {
        z.record(z.string(), z.string()).parse(JSON.parse(env.STAFF_OIDC_ROLE_MAP));
      } catch {
        ctx.addIssue({ code: 'custom', path: ['STAFF_OIDC_ROLE_MAP'], message: 'must be a JSON object of strings' });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Mailbox {
  name: string;
  address: string;
}

/** One mailbox ("Name <address>" or a bare address) with a plausible address, else undefined. */
function parseMailbox(value: string): Mailbox | undefined {
  const entries = addressparser(value, { flatten: true });
  const [entry] = entries;
  if (entries.length !== 1 || !entry) return undefined;
  // noreply@localhost is the development default; z.email() wants a domain with a dot.
  const plausible = z.email().safeParse(entry.address).success || /^[^\s@]+@localhost$/.test(entry.address);
  return plausible ? { name: entry.name, address: entry.address } : undefined;
}

export interface OidcClientConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  scope: string;
}

export interface AppConfig {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  publicUrl: string;
  secureCookies: boolean;
  trustProxy: boolean;
  logLevel: Env['LOG_LEVEL'];
  database: { url: string | undefined; pgliteDataDir: string; poolSize: number };
  session: { idleMinutes: number; absoluteHours: number };
  login: { maxAttempts: number; lockMinutes: number };
  bodyLimitBytes: number;
  municipality: { name: string; code: string };
  themeDir: string | undefined;
  /** The folder with the regelingen content, imported at start-up. */
  regelingenDir: string;
  demoSeed: boolean;
  digidTestLogin: boolean;
  staffLocalLogin: boolean;
  digidOidc: (OidcClientConfig & { bsnClaim: string }) | undefined;
  staffOidc: (OidcClientConfig & { rolesClaim: string; nameClaim: string; roleMap: Record<string, string> }) | undefined;
  metricsToken: string | undefined;
  jobs: { worker: boolean; pollSeconds: number };
  /** Straight-through grants: the share sampled for review, and the runs before a registry outage goes to a person. */
  assessment: { reviewShare: number; maxAttempts: number };
  mail: {
    /** Without it (outside production) every message is written as an .eml file into `dir`. */
    smtpUrl: string | undefined;
    from: Mailbox;
    dir: string;
  };
  /** Per base registry its HTTP connector; undefined means the embedded registry. */
  registries: Record<RegistryKey, RegistryConnectorConfig | undefined>;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment. Throws ConfigError naming every invalid variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(pickKnown(source));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  const url = new URL(publicUrl);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    publicUrl,
    // Secure cookies everywhere except plain-http loopback, where browsers would drop them.
    secureCookies: url.protocol === 'https:' || !loopback,
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    database: { url: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR, poolSize: env.DATABASE_POOL_SIZE },
    session: { idleMinutes: env.SESSION_IDLE_MINUTES, absoluteHours: env.SESSION_ABSOLUTE_HOURS },
    login: { maxAttempts: env.LOGIN_MAX_ATTEMPTS, lockMinutes: env.LOGIN_LOCK_MINUTES },
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    municipality: { name: env.MUNICIPALITY_NAME, code: env.MUNICIPALITY_CODE },
    themeDir: env.THEME_DIR,
    regelingenDir: env.REGELINGEN_DIR ?? fileURLToPath(new URL('../../../regelingen', import.meta.url)),
    demoSeed: env.DEMO_SEED ?? !production,
    digidTestLogin: env.DIGID_TEST_LOGIN ?? !production,
    staffLocalLogin: env.STAFF_LOCAL_LOGIN,
    digidOidc: env.DIGID_OIDC_ISSUER
      ? {
          issuer: env.DIGID_OIDC_ISSUER,
          clientId: env.DIGID_OIDC_CLIENT_ID ?? '',
          clientSecret: env.DIGID_OIDC_CLIENT_SECRET,
          scope: env.DIGID_OIDC_SCOPE,
          bsnClaim: env.DIGID_OIDC_BSN_CLAIM,
        }
      : undefined,
    staffOidc: env.STAFF_OIDC_ISSUER
      ? {
          issuer: env.STAFF_OIDC_ISSUER,
          clientId: env.STAFF_OIDC_CLIENT_ID ?? '',
          clientSecret: env.STAFF_OIDC_CLIENT_SECRET,
          scope: env.STAFF_OIDC_SCOPE,
          rolesClaim: env.STAFF_OIDC_ROLES_CLAIM,
          nameClaim: env.STAFF_OIDC_NAME_CLAIM,
          roleMap: env.STAFF_OIDC_ROLE_MAP ? (JSON.parse(env.STAFF_OIDC_ROLE_MAP) as Record<string, string>) : {},
        }
      : undefined,
    metricsToken: env.METRICS_TOKEN,
    jobs: { worker: env.JOBS_WORKER, pollSeconds: env.JOBS_POLL_SECONDS },
    assessment: { reviewShare: env.ASSESSMENT_REVIEW_SHARE, maxAttempts: env.ASSESSMENT_MAX_ATTEMPTS },
    mail: {
      smtpUrl: env.SMTP_URL,
      from: (env.MAIL_FROM && parseMailbox(env.MAIL_FROM)) || { name: `Gemeente ${env.MUNICIPALITY_NAME}`, address: 'noreply@localhost' },
      dir: env.MAIL_DIR,
    },
    registries: registryConfigs(env),
  };
}

function pickKnown(source: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = source[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}
