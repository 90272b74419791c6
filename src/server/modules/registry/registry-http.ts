import { readFileSync } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest, type AgentOptions } from 'node:https';
import { rootCertificates } from 'node:tls';
import type { RegistryConnectorConfig } from '../../config/registry-env.js';

// HTTP for the registry connectors, on node:http(s) rather than fetch: mutual TLS needs an agent
// with a client certificate, and fetch in Node 20 only takes one through undici's own dispatcher.
// One agent per connector keeps connections alive; every request has a hard deadline.

const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

export interface RegistryRequest {
  method: 'GET' | 'POST';
  /** Appended to the connector's base URL, e.g. "/personen". */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  accept: string;
}

export interface RegistryResponse {
  status: number;
  contentType: string;
  /** Parsed JSON when the response says it is JSON, else the text. */
  body: unknown;
}

/** The request did not get an HTTP answer (or not a readable one). Says nothing about the request's content. */
export class TransportError extends Error {
  constructor(
    readonly failure: 'timeout' | 'connection' | 'unreadable',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TransportError';
  }
}

export interface RegistryHttp {
  send(request: RegistryRequest): Promise<RegistryResponse>;
  close(): void;
}

/** TLS material for the agent: the client certificate pair (mTLS) and an extra CA, read from PEM files. */
export function tlsAgentOptions(tls: RegistryConnectorConfig['tls']): AgentOptions {
  const options: AgentOptions = {};
  if (tls.certFile && tls.keyFile) {
    options.cert = readFileSync(tls.certFile);
    options.key = readFileSync(tls.keyFile);
  }
  // Node replaces its roots when `ca` is given; keep them, so the extra CA is added, not substituted.
  if (tls.caFile) options.ca = [...rootCertificates, readFileSync(tls.caFile, 'utf8')];
  return options;
}

/**
 * A client for one registry. `auth` is the header that carries the API key (the BRP wants
 * X-API-KEY, the KVK `apikey`); it is sent only when the configuration has a key.
 */
export function createRegistryHttp(options: { config: RegistryConnectorConfig; apiKeyHeader: string }): RegistryHttp {
  const { config } = options;
  const base = new URL(config.url);
  const secure = base.protocol === 'https:';
  const agent = secure
    ? new HttpsAgent({ keepAlive: true, maxSockets: 32, ...tlsAgentOptions(config.tls) })
    : new HttpAgent({ keepAlive: true, maxSockets: 32 });

  return {
    send: (request) => send({ base, secure, agent, config, apiKeyHeader: options.apiKeyHeader, request }),
    close: () => agent.destroy(),
  };
}

function send(options: {
  base: URL;
  secure: boolean;
  agent: HttpAgent;
  config: RegistryConnectorConfig;
  apiKeyHeader: string;
  request: RegistryRequest;
}): Promise<RegistryResponse> {
  const { base, config, request } = options;
  const url = new URL(`${base.pathname.replace(/\/$/, '')}${request.path}`, base);
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  const payload = request.body === undefined ? undefined : Buffer.from(JSON.stringify(request.body), 'utf8');
  const headers: Record<string, string> = { accept: request.accept, 'user-agent': 'eenloket' };
  if (payload) {
    headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = String(payload.length);
  }
  if (config.apiKey) headers[options.apiKeyHeader] = config.apiKey;

  return new Promise<RegistryResponse>((resolve, reject) => {
    const doRequest = options.secure ? httpsRequest : httpRequest;
    const req = doRequest(url, { method: request.method, headers, agent: options.agent });
    // One deadline for connecting, sending and reading the whole answer.
    const timer = setTimeout(() => req.destroy(new TransportError('timeout', `no answer within ${config.timeoutMs} ms`)), config.timeoutMs);
    const fail = (error: unknown) => {
      clearTimeout(timer);
      reject(error instanceof TransportError ? error : new TransportError('connection', (error as Error).message, { cause: error }));
    };
    req.on('error', fail);
    req.on('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) req.destroy(new TransportError('unreadable', `response larger than ${MAX_RESPONSE_BYTES} bytes`));
        else chunks.push(chunk);
      });
      res.on('error', fail);
      res.on('end', () => {
        clearTimeout(timer);
        const contentType = String(res.headers['content-type'] ?? '');
        const raw = Buffer.concat(chunks).toString('utf8');
        if (!/[/+]json\b/i.test(contentType) || raw === '') return resolve({ status: res.statusCode ?? 0, contentType, body: raw });
        try {
          resolve({ status: res.statusCode ?? 0, contentType, body: JSON.parse(raw) as unknown });
        } catch (error) {
          reject(new TransportError('unreadable', `HTTP ${res.statusCode} with a body that is not JSON`, { cause: error }));
        }
      });
    });
    req.end(payload);
  });
}
