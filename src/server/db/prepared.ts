import { PgTransaction } from 'drizzle-orm/pg-core';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from './database.js';

interface Executable<R> {
  execute(placeholders?: Record<string, unknown>): Promise<R>;
}

/**
 * A query that runs on every request or job, built once per database instead of once per call, and
 * sent as a named prepared statement (PostgreSQL parses and plans it once per connection). Values
 * go in through `sql.placeholder(name)`.
 *
 * A prepared statement is bound to the handle it was built on; inside a transaction the query is
 * built on the transaction (as any other query), so it runs on the transaction's connection.
 */
export function preparedQuery<P extends Record<string, unknown>, R>(name: string, build: (db: Db) => { prepare(name: string): Executable<R>; execute(placeholders?: Record<string, unknown>): Promise<R> }): (db: Db, placeholders: P) => Promise<R> {
  const built = new WeakMap<Db, Executable<R>>();
  return (db, placeholders) => {
    // Drizzle's transaction classes (node-postgres and PGlite) both extend PgTransaction.
    if ((db as unknown) instanceof PgTransaction) return build(db).execute(placeholders);
    let query = built.get(db);
    if (!query) built.set(db, (query = build(db).prepare(name)));
    return query.execute(placeholders);
  };
}

/**
 * A lookup by a set of keys, prepared twice: for one key (`column = $1`, for which PostgreSQL keeps a
 * generic plan) and for several (`column = any($1)`, which it plans on every call, as its custom
 * plan is cheaper than a generic one for an array). A batch of one, the common case without load,
 * so costs no planning; the planning of a larger batch is shared by all its keys.
 * `build` makes the query with the key condition it is given; other values go in as placeholders.
 */
export function preparedLookup<P extends Record<string, unknown>, R>(
  name: string,
  key: { column: SQLWrapper; type: 'text' | 'uuid' },
  build: (db: Db, keyCondition: SQL) => { prepare(name: string): Executable<R[]>; execute(placeholders?: Record<string, unknown>): Promise<R[]> },
): (db: Db, keys: readonly string[], placeholders?: P) => Promise<R[]> {
  const one = preparedQuery<P & { key: string }, R[]>(`${name}_one`, (db) => build(db, sql`${key.column} = ${sql.placeholder('key')}`));
  const many = preparedQuery<P & { keys: readonly string[] }, R[]>(`${name}_many`, (db) => build(db, sql`${key.column} = any(${sql.placeholder('keys')}::${sql.raw(key.type)}[])`));
  return (db, keys, placeholders = {} as P) => {
    if (keys.length === 0) return Promise.resolve([]);
    return keys.length === 1 ? one(db, { ...placeholders, key: keys[0]! }) : many(db, { ...placeholders, keys });
  };
}

interface SessionInternals {
  dialect: { sqlToQuery(query: SQL): { sql: string; params: unknown[] } };
  session: { prepareQuery(query: { sql: string; params: unknown[] }, fields: undefined, name: string, arrayMode: false): { execute(): Promise<unknown> } };
}

/**
 * Raw SQL whose text is always the same (its values all parameters), run as a named prepared
 * statement on the handle's connection, in or outside a transaction: PostgreSQL parses and plans it
 * once per connection instead of on every call. For statements written by hand that Drizzle's
 * builders cannot prepare (CTEs over a JSON parameter). Returns what `db.execute` returns.
 *
 * Drizzle's `execute` is the same call without a name; its dialect and session are internal fields,
 * present on every database and transaction of both drivers.
 */
export async function executeNamed<R extends Record<string, unknown>>(db: Db, name: string, query: SQL): Promise<{ rows: R[] }> {
  const internals = db as unknown as SessionInternals;
  return (await internals.session.prepareQuery(internals.dialect.sqlToQuery(query), undefined, name, false).execute()) as { rows: R[] };
}
