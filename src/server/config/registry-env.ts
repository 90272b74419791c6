import { existsSync } from 'node:fs';
import { z } from 'zod';

// The base-registry part of the configuration: one connector per registry (BRP, KVK, income), each
// with a URL, an API key, mutual-TLS files and a timeout. Without a URL the embedded registry is used.

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional();
const text = z.string().min(1).optional();
const timeoutMs = z.coerce.number().int().min(100).max(120_000).default(5000);

export const registryPrefixes = { brp: 'BRP', kvk: 'KVK', income: 'INCOME' } as const;
export type RegistryKey = keyof typeof registryPrefixes;

/** Spread into the environment schema (env.ts). */
export const registryVariables = {
  BRP_API_URL: httpUrl,
  BRP_API_KEY: text,
  BRP_CLIENT_CERT: text,
  BRP_CLIENT_KEY: text,
  BRP_CA: text,
  BRP_TIMEOUT_MS: timeoutMs,
  KVK_API_URL: httpUrl,
  KVK_API_KEY: text,
  KVK_CLIENT_CERT: text,
  KVK_CLIENT_KEY: text,
  KVK_CA: text,
  KVK_TIMEOUT_MS: timeoutMs,
  INCOME_API_URL: httpUrl,
  INCOME_API_KEY: text,
  INCOME_CLIENT_CERT: text,
  INCOME_CLIENT_KEY: text,
  INCOME_CA: text,
  INCOME_TIMEOUT_MS: timeoutMs,
  // Registries that may stay embedded when NODE_ENV=production (comma-separated: brp, kvk, income).
  EMBEDDED_REGISTRIES: z
    .string()
    .transform((value) => value.split(',').map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(['brp', 'kvk', 'income'], { error: 'must list only brp, kvk and income' })))
    .optional(),
};

/** How to reach one base registry over HTTP. The files are PEM; the CA is trusted next to the public roots. */
export interface RegistryConnectorConfig {
  url: string;
  apiKey: string | undefined;
  tls: { certFile: string | undefined; keyFile: string | undefined; caFile: string | undefined };
  timeoutMs: number;
}

// Structural, not the inferred Env: Env is inferred from the schema whose refinement calls this.
type ParsedVariables = { NODE_ENV: string; EMBEDDED_REGISTRIES?: string[] | undefined } & Record<string, unknown>;

/**
 * Production must name a real registry, or say explicitly (EMBEDDED_REGISTRIES) that the embedded
 * one is meant: its tables hold no real persons, so using it by accident would make everyone
 * "unknown". Certificates come in pairs, files must exist, and production speaks https only.
 */
export function checkRegistries(env: ParsedVariables, ctx: z.RefinementCtx): void {
  const production = env.NODE_ENV === 'production';
  for (const [key, prefix] of Object.entries(registryPrefixes) as Array<[RegistryKey, string]>) {
    const get = (name: string) => env[`${prefix}_${name}`] as string | undefined;
    const issue = (name: string, message: string) => ctx.addIssue({ code: 'custom', path: [`${prefix}_${name}`], message });
    const url = get('API_URL');
    if (production && !url && !env.EMBEDDED_REGISTRIES?.includes(key)) {
      issue('API_URL', `required when NODE_ENV=production, unless EMBEDDED_REGISTRIES includes ${key} (the embedded registry holds no real data)`);
    }
    if (production && url?.startsWith('http:')) issue('API_URL', 'must be an https:// URL when NODE_ENV=production');
    if (get('CLIENT_CERT') && !get('CLIENT_KEY')) issue('CLIENT_KEY', `required when ${prefix}_CLIENT_CERT is set`);
    if (get('CLIENT_KEY') && !get('CLIENT_CERT')) issue('CLIENT_CERT', `required when ${prefix}_CLIENT_KEY is set`);
    for (const name of ['CLIENT_CERT', 'CLIENT_KEY', 'CA']) {
      const file = get(name);
      if (file && !existsSync(file)) issue(name, 'file not found');
    }
  }
}

/** Per registry its connector, or undefined for the embedded registry. */
export function registryConfigs(env: Record<string, unknown>): Record<RegistryKey, RegistryConnectorConfig | undefined> {
  const one = (prefix: string): RegistryConnectorConfig | undefined => {
    const get = (name: string) => env[`${prefix}_${name}`] as string | undefined;
    const url = get('API_URL');
    if (!url) return undefined;
    return {
      url: url.replace(/\/+$/, ''),
      apiKey: get('API_KEY'),
      tls: { certFile: get('CLIENT_CERT'), keyFile: get('CLIENT_KEY'), caFile: get('CA') },
      timeoutMs: env[`${prefix}_TIMEOUT_MS`] as number,
    };
  };
  return { brp: one(registryPrefixes.brp), kvk: one(registryPrefixes.kvk), income: one(registryPrefixes.income) };
}
