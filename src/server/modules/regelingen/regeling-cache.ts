import type { Db } from '../../db/database.js';
import { selectRegeling, selectVersion, type RegelingRow, type VersionRow } from './regelingen.repository.js';

// Published versions never change (that is what makes decisions reproducible), so their content can
// be kept in memory instead of being read and parsed on every request. Drafts are always read fresh.
// A cached row's `status` may be stale (a version can be withdrawn later): use the cache for content only.
//
// The caches belong to one database: they are keyed by Drizzle's dialect object, which a database
// handle shares with its transactions, so a lookup inside a transaction hits the same cache (and a
// miss is read through that transaction).
type Key = object;

/** Drizzle keeps `dialect` on the database and its transactions (not in its types); without it, cache per handle. */
export function cacheKeyOf(db: Db): Key {
  return (db as unknown as { dialect?: object }).dialect ?? db;
}
const versions = new WeakMap<Key, Map<string, VersionRow>>();
const regelingen = new WeakMap<Key, Map<string, { row: RegelingRow; at: number }>>();
const REGELING_TTL_MS = 60_000;

export async function versionContentOf(db: Db, regelingId: string, version: number): Promise<VersionRow | undefined> {
  let cache = versions.get(cacheKeyOf(db));
  if (!cache) versions.set(cacheKeyOf(db), (cache = new Map()));
  const key = `${regelingId}@${version}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const row = await selectVersion(db, regelingId, version);
  if (row && row.status !== 'concept') cache.set(key, row);
  return row;
}

/** A regeling's texts (name, summary); a changed content file shows within a minute. */
export async function regelingTextsOf(db: Db, regelingId: string): Promise<RegelingRow | undefined> {
  let cache = regelingen.get(cacheKeyOf(db));
  if (!cache) regelingen.set(cacheKeyOf(db), (cache = new Map()));
  const hit = cache.get(regelingId);
  if (hit && Date.now() - hit.at < REGELING_TTL_MS) return hit.row;
  const row = await selectRegeling(db, regelingId);
  if (row) cache.set(regelingId, { row, at: Date.now() });
  return row;
}
