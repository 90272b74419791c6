import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Db, SqlExecutor } from '../db/database.js';
import { executeNamed } from '../db/prepared.js';

/**
 * Builds a Drizzle query from library SQL with $1, $2 … placeholders. Drizzle numbers its params
 * in order of appearance, so each distinct placeholder becomes one param at its first occurrence and
 * later occurrences refer to that param's number. Keeping one param per placeholder matters: pg-boss
 * uses a value in several places (`right($5, 1)`, `CAST($5 AS timestamptz)`), and separate params
 * would each get their own inferred type.
 */
export function toDrizzleSql(text: string, values: readonly unknown[] = []): SQL {
  const query = sql.empty();
  const numbering = new Map<number, number>();
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    const placeholder = Number(match[1]);
    if (placeholder < 1 || placeholder > values.length) {
      throw new Error(`SQL refers to $${placeholder} but ${values.length} values were given`);
    }
    query.append(sql.raw(text.slice(last, match.index)));
    const assigned = numbering.get(placeholder);
    if (assigned === undefined) {
      numbering.set(placeholder, numbering.size + 1);
      // sql.param, not a bare interpolation: Drizzle would expand an array value into a list.
      query.append(sql`${sql.param(values[placeholder - 1])}`);
    } else {
      query.append(sql.raw(`$${assigned}`));
    }
    last = match.index + match[0].length;
  }
  query.append(sql.raw(text.slice(last)));
  return query;
}

/**
 * An executor that runs pg-boss's SQL inside the caller's Drizzle transaction, so a job is enqueued
 * if and only if the transaction commits. One statement per call (which is all `send` and `insert`
 * use). pg-boss's insert statements have a fixed text (the jobs travel as one JSON value), so they
 * run prepared, named after their text: every submit enqueues, and planning the insert cost as much
 * as running it.
 */
export function transactionExecutor(tx: Db): SqlExecutor {
  return {
    executeSql: async (text, values) => {
      const result = await executeNamed(tx, statementName(text), toDrizzleSql(text, values));
      return { rows: result.rows };
    },
  };
}

const statementNames = new Map<string, string>();

/** A prepared statement's name for a text: the same text always gets the same name, another text another one. */
export function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `pgboss_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`));
  return name;
}
