import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { AuditActor } from '../audit/audit.repository.js';
import { appendAuditEntries } from '../audit/audit.repository.js';
import type { VersionRow } from '../regelingen/regelingen.repository.js';
import type { BusinessRegistry } from '../registry/business-registry.js';
import type { PersonRegistry } from '../registry/person-registry.js';
import { insertApplication, insertEvents, type ApplicationRow } from './applications.repository.js';
import { applyPrefill, carryOver, describeSources, resolvePrefillWithSources } from './resolve-prefill.js';

/**
 * A new draft under a published version, prefilled from the base registries (and from the
 * extended application), with its event and audit entry in one transaction. Returns undefined when
 * the resident already has an open draft for the regeling (the caller then continues that one).
 */
export async function createDraft(options: {
  db: Db;
  registry: PersonRegistry;
  businesses: BusinessRegistry;
  version: VersionRow;
  applicantBsn: string;
  channel: 'digitaal' | 'papier';
  actor: AuditActor;
  requestId: string;
  enteredBy?: string;
  extending?: ApplicationRow;
}): Promise<ApplicationRow | undefined> {
  const { db, registry, version, applicantBsn } = options;
  const { meta } = version.content;
  const { values, sources } = await resolvePrefillWithSources({ persons: registry, businesses: options.businesses }, applicantBsn);
  const source = describeSources(sources, registry.source);
  let data = options.extending ? carryOver({}, options.extending.data, meta.carryOver) : {};
  data = applyPrefill(data, meta.prefill, values);
  const id = randomUUID();
  const now = new Date();
  return db.transaction(async (tx) => {
    const row = await insertApplication(tx, {
      id,
      regelingId: version.regelingId,
      regelingVersion: version.version,
      applicantBsn,
      channel: options.channel,
      status: 'concept',
      data,
      // Which registries answered and when, as the connectors reported it (the BRP and the KvK apart).
      prefill: { source, fetchedAt: sources[0]?.fetchedAt ?? now.toISOString(), values, sources },
      currentPage: meta.pages[0]!.id,
      extendsApplicationId: options.extending?.id ?? null,
      enteredBy: options.enteredBy ?? null,
    });
    if (!row) return undefined;
    await insertEvents(tx, [{ applicationId: id, type: 'concept-gestart', occurredAt: now, actorType: options.actor.type, actorId: options.actor.id, details: { channel: options.channel } }]);
    await appendAuditEntries(tx, [
      {
        actor: options.actor,
        action: 'application.draft-started',
        subjectBsn: applicantBsn,
        ground: `aanvraag ${version.regelingId}`,
        requestId: options.requestId,
        // Which registry data prefilled the form, without the values themselves (those are personal data).
        details: { applicationId: id, regeling: version.regelingId, version: version.version, channel: options.channel, registry: source, prefilled: Object.keys(values), extends: options.extending?.id ?? null },
      },
    ]);
    return row;
  });
}
