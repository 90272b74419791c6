import { describe, expect, it } from 'vitest';
import { localizeAnnotations } from './evaluate-model.js';

describe('localizeAnnotations', () => {
  it('reads English from columns named Explanation, English, en or ending in (en), and Dutch from the rest', () => {
    expect(localizeAnnotations({ Toelichting: 'Te jong.', Explanation: 'Too young.' })).toEqual({ nl: 'Te jong.', en: 'Too young.' });
    expect(localizeAnnotations({ 'Toelichting (nl)': 'Te jong.', 'Toelichting (en)': 'Too young.' })).toEqual({ nl: 'Te jong.', en: 'Too young.' });
    expect(localizeAnnotations({ uitleg: 'Te jong.', uitleg_en: 'Too young.' })).toEqual({ nl: 'Te jong.', en: 'Too young.' });
  });

  it('falls back to the Dutch text and leaves out empty annotations', () => {
    expect(localizeAnnotations({ Toelichting: 'Te jong.' })).toEqual({ nl: 'Te jong.', en: 'Te jong.' });
    expect(localizeAnnotations({ Toelichting: ' ', Explanation: '' })).toBeUndefined();
    expect(localizeAnnotations(undefined)).toBeUndefined();
  });
});
