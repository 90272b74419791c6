import type { Db } from '../../db/database.js';
import type { Lang } from '../../shared/localized.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { localizeForm } from './content-texts.js';
import { regelingNotFound, versionNotFound } from './regeling-errors.js';
import { selectRegeling, selectVersion } from './regelingen.repository.js';

/**
 * The form of a version in one language: pages, evidence, JSON Schema and uiSchema. Published
 * versions are public; a draft only to staff who may see the regelingen (preview before publishing).
 */
export async function getRegelingForm(options: { db: Db; ctx: RequestContext; regelingId: string; version: number; lang: Lang }) {
  const { db, lang } = options;
  const regeling = await selectRegeling(db, options.regelingId);
  if (!regeling) throw regelingNotFound();
  const row = await selectVersion(db, options.regelingId, options.version);
  if (!row) throw versionNotFound();
  if (row.status === 'concept') authorizeStaff(options.ctx, 'regeling.read');
  const { meta } = row.content;
  const { schema, ui } = localizeForm(row.content, lang);
  return {
    regelingId: row.regelingId,
    name: regeling.content.name[lang],
    version: row.version,
    status: row.status,
    label: meta.label[lang],
    decisionTermWeeks: meta.decisionTerm.weeks,
    cosign: meta.cosign,
    extends: meta.extends ? { versions: meta.extends.versions, label: meta.extends.label[lang] } : null,
    pages: meta.pages.map((p) => ({ id: p.id, title: p.title[lang], intro: p.intro?.[lang] ?? null, when: p.when ?? null })),
    evidence: meta.evidence.map((e) => ({ id: e.id, title: e.title[lang], help: e.help[lang], required: e.required, maxFiles: e.maxFiles })),
    // Where prefilled and carried-over answers come from, so the form can say so at each field.
    prefill: meta.prefill,
    carryOver: meta.carryOver,
    contact: meta.contact,
    schema,
    ui,
  };
}
