import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 according to the specification schema', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    const result = await validate(structuredClone(doc));
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('documents the problem+json errors of state-changing endpoints', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    const search = doc.paths['/api/werkplek/persons/search'].post;
    expect(Object.keys(search.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403']));
    expect(JSON.stringify(search.responses['400'])).toContain('Problem');
  });

  it('has a readable documentation page', async () => {
    const page = await t.app.inject('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger');
  });
});
