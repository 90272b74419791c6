import type { Db } from '../../db/database.js';
import { batcherPer } from '../../shared/batcher.js';
import { selectParameterFigures } from '../regelingen/regelingen.repository.js';
import { countEarlierApplicationsMany, selectApplicationsForRun, type EarlierApplicationsFilter } from './assessment.repository.js';

// The database reads of an assessment run, shared by the runs that read at the same time: the worker
// runs many side by side, and one query for all of them costs little more than one for each.
// Without load a batch holds one run and nothing waits.

const batching = { maxBatch: 50, maxInFlight: 2 };

/** The application to assess, and whether this job already stored a run. */
export const applicationForRun = batcherPer<Db, { applicationId: string; jobId: string }, Awaited<ReturnType<typeof selectApplicationsForRun>>[number]>({
  ...batching,
  run: selectApplicationsForRun,
});

/** How many earlier applications for the regeling the household has. */
export const earlierApplicationCount = batcherPer<Db, EarlierApplicationsFilter, number>({ ...batching, run: countEarlierApplicationsMany });

/** A regeling's parameter units and active periods (read, never changed, by the runs that share them). */
export const parameterFigures = batcherPer<Db, string, Awaited<ReturnType<typeof selectParameterFigures>>>({
  ...batching,
  run: async (db, regelingIds) => {
    const figures = new Map(await Promise.all([...new Set(regelingIds)].map(async (id) => [id, await selectParameterFigures(db, id)] as const)));
    return regelingIds.map((id) => figures.get(id)!);
  },
});
