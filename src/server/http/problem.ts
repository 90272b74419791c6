import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { ErrorKind, FieldError } from '../shared/errors.js';
import type { Lang, LocalizedText } from '../shared/localized.js';

const localizedSchema = z.object({ nl: z.string(), en: z.string() });

/** RFC 9457 problem details, with a stable code and messages in Dutch and English. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string().describe('Stable machine-readable error code'),
    requestId: z.string().optional(),
    messages: localizedSchema.describe('The detail in Dutch (nl) and English (en)'),
    invalidParams: z
      .array(
        z.object({
          name: z.string().describe('Field path, dotted'),
          code: z.string(),
          reason: z.string().describe('Message in the negotiated language'),
          messages: localizedSchema,
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;

export const statusByKind: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-many-requests': 429,
  unavailable: 503,
};

const titles: Record<number, LocalizedText> = {
  400: { nl: 'Ongeldige invoer', en: 'Invalid input' },
  401: { nl: 'Niet ingelogd', en: 'Not logged in' },
  403: { nl: 'Geen toegang', en: 'Forbidden' },
  404: { nl: 'Niet gevonden', en: 'Not found' },
  405: { nl: 'Methode niet toegestaan', en: 'Method not allowed' },
  409: { nl: 'Conflict', en: 'Conflict' },
  413: { nl: 'Te groot', en: 'Payload too large' },
  415: { nl: 'Verkeerd inhoudstype', en: 'Unsupported media type' },
  429: { nl: 'Te veel verzoeken', en: 'Too many requests' },
  500: { nl: 'Interne fout', en: 'Internal error' },
  503: { nl: 'Tijdelijk niet beschikbaar', en: 'Temporarily unavailable' },
};

/** Dutch unless the client prefers English (Accept-Language, e.g. set by the language switch). */
export function negotiateLang(request: Pick<FastifyRequest, 'headers'>): Lang {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'nl';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag.startsWith('nl') || x.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'nl';
}

export function buildProblem(options: {
  status: number;
  code: string;
  messages: LocalizedText;
  lang: Lang;
  instance?: string;
  requestId?: string;
  fieldErrors?: FieldError[];
}): Problem {
  const { status, code, messages, lang } = options;
  const title = titles[status] ?? titles[status >= 500 ? 500 : 400]!;
  const problem: Problem = {
    type: `urn:eenloket:problem:${code}`,
    title: title[lang],
    status,
    detail: messages[lang],
    code,
    messages,
  };
  if (options.instance) problem.instance = options.instance;
  if (options.requestId) problem.requestId = options.requestId;
  if (options.fieldErrors?.length) {
    problem.invalidParams = options.fieldErrors.map((f) => ({
      name: f.name,
      code: f.code,
      reason: f.message[lang],
      messages: f.message,
    }));
  }
  return problem;
}
