import { ApiError, isSessionLost, networkProblem, parseProblem, type Problem } from './problem';

/** What the client reports after each response, so the session timer can follow server activity. */
export interface ResponseMeta {
  /** Client clock (ms) when the request was sent. */
  sentAt: number;
  /** Client clock (ms) when the response arrived. */
  receivedAt: number;
  /** Server clock (ms) from the Date header, when present; used to correct for clock skew. */
  serverDate: number | undefined;
}

interface ClientHooks {
  language: () => string;
  /** A 401 that means the session is gone (expired, ended elsewhere). */
  onSessionLost: (problem: Problem) => void;
  /** Any answered request while logged in may have extended the session on the server. */
  onActivity: (meta: ResponseMeta) => void;
}

let hooks: ClientHooks = { language: () => 'nl', onSessionLost: () => {}, onActivity: () => {} };
let csrfToken: string | undefined;

export function configureApiClient(next: Partial<ClientHooks>): void {
  hooks = { ...hooks, ...next };
}

/** The session's CSRF token (the cookie itself is HttpOnly); sent on every state-changing request. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  /** Login and logout calls handle their own 401s; do not treat them as a lost session. */
  ignoreSessionLoss?: boolean;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<{ data: T; meta: ResponseMeta }> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    // The server answers errors in the language the person chose.
    'accept-language': hooks.language().startsWith('en') ? 'en, nl;q=0.5' : 'nl, en;q=0.5',
  };
  // A FormData body (a file upload) sets its own multipart content type with the boundary.
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  const sentAt = Date.now();
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(networkProblem());
  }
  const dateHeader = response.headers.get('date');
  const meta: ResponseMeta = { sentAt, receivedAt: Date.now(), serverDate: dateHeader ? Date.parse(dateHeader) || undefined : undefined };
  const body = await readBody(response);

  if (!response.ok) {
    const problem = parseProblem(response.status, body);
    if (isSessionLost(problem) && !options.ignoreSessionLoss) hooks.onSessionLost(problem);
    throw new ApiError(problem);
  }
  hooks.onActivity(meta);
  return { data: body as T, meta };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export const api = {
  get: async <T>(path: string, options?: RequestOptions) => (await apiRequest<T>('GET', path, options)).data,
  post: async <T>(path: string, body: unknown = {}, options?: RequestOptions) => (await apiRequest<T>('POST', path, { ...options, body })).data,
  patch: async <T>(path: string, body: unknown, options?: RequestOptions) => (await apiRequest<T>('PATCH', path, { ...options, body })).data,
  put: async <T>(path: string, body: unknown, options?: RequestOptions) => (await apiRequest<T>('PUT', path, { ...options, body })).data,
  delete: async <T = undefined>(path: string, options?: RequestOptions) => (await apiRequest<T>('DELETE', path, options)).data,
  /** multipart/form-data, e.g. a document upload: text fields first, then the file (the server reads them in that order). */
  upload: async <T>(path: string, form: FormData, options?: RequestOptions) => (await apiRequest<T>('POST', path, { ...options, body: form })).data,
};
