import type { Db } from '../db/database.js';
import { todayInAmsterdam } from '../../shared/forms/formats.js';
import { appendAuditEntries, type AuditActor } from '../modules/audit/audit.repository.js';
import { carryFiguresIntoYear } from '../modules/regelingen/carry-figures-into-year.js';

/**
 * Shipped regelingen whose figures are historical (the energietoeslag is the 2022 scheme) but which
 * the demo shows as open: without figures for today an application made in the demo could not be
 * granted automatically, and the demo would not show what the product is for. Tozo is left as it
 * is: its form asks for the months of 2020 and 2021 it was meant for.
 */
const DEMO_ROUNDS = ['energietoeslag'] as const;

/** Who the audit trail names for what the demo seed writes. */
export const demoSeedActor: AuditActor = { type: 'system', id: null, name: 'demo-seed', role: null };

/**
 * Carries the newest figures of DEMO_ROUNDS into the current year, unconfirmed and with a note that
 * says they are demo figures, with an audit entry. At every demo start, so a demo database started
 * in a new year gets that year's round; nothing is added when the year has its figures.
 */
export async function openDemoRounds(options: { db: Db; municipalityName: string; referenceDate: Date }): Promise<{ regelingId: string; keys: string[] }[]> {
  const year = Number(todayInAmsterdam(options.referenceDate).slice(0, 4));
  return options.db.transaction(async (tx) => {
    const opened: { regelingId: string; keys: string[] }[] = [];
    for (const regelingId of DEMO_ROUNDS) {
      const keys = await carryFiguresIntoYear({
        tx,
        regelingId,
        year,
        note: (from) => `Demo ${options.municipalityName}: het cijfer van ${from} doorgetrokken naar ${year}, zodat een aanvraag in de demo automatisch kan worden toegekend. Geen vastgesteld cijfer.`,
      });
      if (keys.length) opened.push({ regelingId, keys });
    }
    if (opened.length) {
      await appendAuditEntries(tx, [{ actor: demoSeedActor, action: 'demo.figures-carried-over', details: { year, regelingen: opened } }]);
    }
    return opened;
  });
}
