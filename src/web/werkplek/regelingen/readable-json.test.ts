import { describe, expect, it } from 'vitest';
import { readableDocument, readableForm } from './readable-json';

describe('readable JSON for the editor', () => {
  it('puts names and Dutch first and keeps unknown keys in their order', () => {
    const doc = readableDocument({ pages: [{ title: { en: 'Your details', nl: 'Uw gegevens' }, id: 'aanvrager' }], zeta: 1, label: { en: 'E', nl: 'N' }, alpha: 2 });
    expect(JSON.stringify(doc)).toBe('{"label":{"nl":"N","en":"E"},"pages":[{"id":"aanvrager","title":{"nl":"Uw gegevens","en":"Your details"}}],"zeta":1,"alpha":2}');
  });

  it('orders pages as version.json does and fields as ui:order does', () => {
    const ui = { b: { 'ui:order': ['y', 'x'], x: {}, y: {} }, a: {} };
    const schema = { properties: { a: { type: 'object' }, b: { properties: { x: { type: 'string' }, y: { type: 'string' } }, type: 'object' } }, type: 'object', $schema: 's' };
    expect(Object.keys(readableForm(schema, ['b', 'a'], ui))).toEqual(['$schema', 'type', 'properties']);
    const form = readableForm(schema, ['b', 'a'], ui) as { properties: Record<string, { properties?: object }> };
    expect(Object.keys(form.properties)).toEqual(['b', 'a']);
    expect(Object.keys(form.properties.b!.properties!)).toEqual(['y', 'x']);
    expect(Object.keys(readableForm(ui, ['b', 'a'], ui))).toEqual(['b', 'a']);
    expect(Object.keys(readableForm(ui, ['b', 'a'], ui).b as object)).toEqual(['ui:order', 'y', 'x']);
  });
});
