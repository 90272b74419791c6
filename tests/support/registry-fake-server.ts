import { createServer as createHttpServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';

// A registry on a loopback port, for testing the HTTP connectors for real (sockets, headers,
// timeouts, TLS). Each fake (BRP, KVK, income gateway) supplies the handler; this records every
// request, collects contract violations, and lets a test inject faults into the next request.

export interface FakeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface FakeReply {
  status: number;
  body?: unknown;
  contentType?: string;
}

export type Fault =
  /** Answer late; longer than the client's timeout makes a timeout. */
  | { kind: 'delay'; ms: number }
  /** Answer this instead of the handler; not checked against the contract (for malformed answers). */
  | { kind: 'reply'; status: number; body: string; contentType: string }
  /** Close the connection without answering. */
  | { kind: 'hang-up' };

export class FakeRegistryServer {
  readonly requests: FakeRequest[] = [];
  /** Requests or responses that did not match the registry's OpenAPI document or features. */
  readonly violations: string[] = [];
  private readonly faults: Fault[] = [];
  private server: Server | undefined;
  url = '';

  constructor(private readonly handler: (request: FakeRequest, fake: FakeRegistryServer) => FakeReply | Promise<FakeReply>) {}

  async start(tls?: ServerOptions): Promise<this> {
    const listener = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res);
    this.server = tls ? createHttpsServer(tls, listener) : createHttpServer(listener);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
    return this;
  }

  /** Applied to the next request(s), in order. */
  inject(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  last(): FakeRequest {
    const request = this.requests.at(-1);
    if (!request) throw new Error('the fake registry received no request');
    return request;
  }

  reset(): void {
    this.requests.length = 0;
    this.violations.length = 0;
    this.faults.length = 0;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    let body: unknown = text;
    if (text && /json/.test(String(req.headers['content-type']))) {
      try {
        body = JSON.parse(text);
      } catch {
        this.violations.push(`${req.method} ${url.pathname}: the request body is not JSON`);
      }
    }
    const request: FakeRequest = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body };
    this.requests.push(request);

    const fault = this.faults.shift();
    if (fault?.kind === 'hang-up') return void req.socket.destroy();
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (res.destroyed) return;
    if (fault?.kind === 'reply') {
      res.writeHead(fault.status, { 'content-type': fault.contentType });
      return void res.end(fault.body);
    }
    try {
      const reply = await this.handler(request, this);
      res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'application/json' });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    } catch (error) {
      this.violations.push(`${request.method} ${request.path}: the fake failed: ${(error as Error).message}`);
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('fake failed');
    }
  }
}
