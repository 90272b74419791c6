import { describe, expect, it } from 'vitest';
import schema from '../../../../regelingen/tozo/versions/2/form.schema.json';
import ui from '../../../../regelingen/tozo/versions/2/form.ui.json';
import meta from '../../../../regelingen/tozo/versions/2/version.json';
import type { RegelingForm } from '../api/types';
import { answersToSave, carriedOf, evidenceRequired, questionsOf, sourcesOf, visiblePagesOf } from './form-model';

// The Dutch texts straight from the files stand in for the form API's answer (?lang=nl).
const form = {
  regelingId: 'tozo',
  name: 'Tozo',
  version: 2,
  status: 'gepubliceerd',
  label: meta.label.nl,
  decisionTermWeeks: 4,
  cosign: 'partner',
  extends: null,
  pages: meta.pages.map((p) => ({ id: p.id, title: p.title.nl, intro: p.intro?.nl ?? null, when: 'when' in p ? (p.when as Record<string, unknown>) : null })),
  evidence: meta.evidence.map((e) => ({ id: e.id, title: e.title.nl, help: e.help.nl, required: e.required as boolean | Record<string, unknown>, maxFiles: e.maxFiles })),
  prefill: meta.prefill,
  carryOver: meta.carryOver,
  schema,
  ui,
} satisfies RegelingForm;

describe('the form model', () => {
  it('shows the partner page only when there is a partner', () => {
    expect(visiblePagesOf(form, { huishouden: { gehuwd: false, samenwonend: false } })).not.toContain('inkomenPartner');
    expect(visiblePagesOf(form, { huishouden: { gehuwd: false, samenwonend: true } })).toContain('inkomenPartner');
    expect(visiblePagesOf(form, { huishouden: { gehuwd: true } })).toContain('inkomenPartner');
  });

  it('evaluates evidence conditions on the answers', () => {
    const other = form.evidence.find((e) => e.id === 'bewijs-ander-inkomen')!;
    expect(evidenceRequired(other.required, { inkomen: { anderInkomen: true } })).toBe(true);
    expect(evidenceRequired(other.required, { inkomen: { anderInkomen: false } })).toBe(false);
  });

  it('asks conditional questions only when they apply, in ui:order', () => {
    expect(questionsOf(form, 'periode', { maanden: [] }).map((q) => q.name)).toEqual(['maanden']);
    expect(questionsOf(form, 'periode', { maanden: ['2020-07', '2020-06'] }).map((q) => q.name)).toEqual(['maanden', 'winstJuni', 'winstJuli']);
  });

  it('saves only asked questions with values of the right type', () => {
    // A half-typed amount stays on screen but is not sent; an answer to a question no longer asked is dropped.
    expect(answersToSave(form, 'periode', { maanden: ['2020-06'], winstJuni: '12,', winstJuli: 100 })).toEqual({ maanden: ['2020-06'] });
    expect(answersToSave(form, 'periode', { maanden: ['2020-06'], winstJuni: 12.5 })).toEqual({ maanden: ['2020-06'], winstJuni: 12.5 });
  });

  it('knows where prefilled and carried-over answers come from', () => {
    expect(sourcesOf(form, 'bedrijf').kvkNummer).toBe('business.kvkNumber');
    expect(sourcesOf(form, 'aanvrager').naam).toBe('person.fullName');
    expect([...carriedOf(form, 'aanvrager')]).toEqual(['email', 'telefoon', 'iban']);
  });
});
