import type { Db } from './database.js';

interface Executable<R> {
  execute(placeholders?: Record<string, unknown>): Promise<R>;
}

/**
 * A query that runs on every request, built once per database instead of once per call, and sent
 * as a named prepared statement (PostgreSQL parses and plans it once per connection). Values go in
 * through `sql.placeholder(name)`.
 *
 * Only for the database handle itself, never a transaction: the statement is bound to the handle it
 * was built on, and a transaction's queries must run on the transaction's connection.
 */
export function preparedQuery<P extends Record<string, unknown>, R>(name: string, build: (db: Db) => { prepare(name: string): Executable<R> }): (db: Db, placeholders: P) => Promise<R> {
  const built = new WeakMap<Db, Executable<R>>();
  return (db, placeholders) => {
    let query = built.get(db);
    if (!query) built.set(db, (query = build(db).prepare(name)));
    return query.execute(placeholders);
  };
}
