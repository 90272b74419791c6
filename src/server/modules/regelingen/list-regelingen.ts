import type { Db } from '../../db/database.js';
import { selectRegelingen, selectVersions } from './regelingen.repository.js';

/** The regelingen a resident can apply for: those with a published version (public information). */
export async function listRegelingen(options: { db: Db }) {
  const [rows, versions] = await Promise.all([selectRegelingen(options.db), selectVersions(options.db)]);
  return rows.flatMap((row) => {
    const current = versions.filter((v) => v.regelingId === row.id && v.status === 'gepubliceerd').at(-1);
    if (!current) return [];
    const { meta } = current.content;
    return [
      {
        id: row.id,
        name: row.content.name,
        summary: row.content.summary,
        kind: row.content.kind,
        audience: row.content.audience,
        legalBasis: row.content.legalBasis,
        precheck: row.content.precheck,
        currentVersion: { version: current.version, label: meta.label, decisionTermWeeks: meta.decisionTerm.weeks, cosign: meta.cosign },
      },
    ];
  });
}
