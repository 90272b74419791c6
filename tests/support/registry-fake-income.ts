import { FakeRegistryServer } from './registry-fake-server.js';

// An income gateway as docs/registry-connectors.md describes it (our own contract: there is no
// public specification of a Suwinet JSON API to follow). POST /inkomsten.

export interface GatewayRelation {
  inkomstenopgaveplichtige: { naam: string };
  soort: string;
  perioden: Array<{ maand: string; bruto: number; netto?: number | null }>;
}

export function createFakeIncomeGateway(options: { incomes: Record<string, GatewayRelation[]>; apiKey?: string }): FakeRegistryServer {
  return new FakeRegistryServer((request, fake) => {
    if (options.apiKey && request.headers['x-api-key'] !== options.apiKey) return { status: 401, body: { title: 'Niet geautoriseerd', status: 401 } };
    if (request.method !== 'POST' || request.path !== '/gateway/inkomsten') return { status: 404, body: { title: 'Onbekend pad', status: 404 } };
    const body = request.body as { burgerservicenummer?: unknown; periode?: { van?: unknown; tot?: unknown } };
    const keys = Object.keys(body ?? {}).sort().join(',');
    const month = /^\d{4}-(0[1-9]|1[0-2])$/;
    if (keys !== 'burgerservicenummer,periode' || !/^\d{9}$/.test(String(body.burgerservicenummer)) || !month.test(String(body.periode?.van)) || !month.test(String(body.periode?.tot))) {
      fake.violations.push(`request does not follow the gateway contract: ${JSON.stringify(Object.keys(body ?? {}))}`);
      return { status: 400, body: { title: 'Ongeldig verzoek', status: 400, code: 'invalid' } };
    }
    const relations = options.incomes[String(body.burgerservicenummer)];
    if (!relations) return { status: 404, body: { title: 'Persoon onbekend', status: 404 } };
    const [van, tot] = [String(body.periode!.van), String(body.periode!.tot)];
    return {
      status: 200,
      body: {
        periode: { van, tot },
        inkomstenverhoudingen: relations.map((r) => ({ ...r, perioden: r.perioden.filter((p) => p.maand >= van && p.maand <= tot) })),
      },
    };
  });
}
