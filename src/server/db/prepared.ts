import { PgTransaction } from 'drizzle-orm/pg-core';
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
