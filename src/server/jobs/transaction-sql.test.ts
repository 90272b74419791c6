import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { statementName, toDrizzleSql } from './transaction-sql.js';

const render = (text: string, values: unknown[]) => new PgDialect().sqlToQuery(toDrizzleSql(text, values));

describe('toDrizzleSql', () => {
  it('keeps one param per placeholder, also when a placeholder repeats', () => {
    const query = render(`SELECT right($5, 1), CAST($5 AS timestamptz), COALESCE($5, '0'), $1, $2`, ['id', 'name', null, null, '30']);
    expect(query.sql).toBe(`SELECT right($1, 1), CAST($1 AS timestamptz), COALESCE($1, '0'), $2, $3`);
    expect(query.params).toEqual(['30', 'id', 'name']);
  });

  it('passes arrays and objects as single values, and text without placeholders unchanged', () => {
    const data = { emailId: 'x' };
    expect(render(`SELECT $1::uuid[], $2::jsonb`, [['a', 'b'], data]).params).toEqual([['a', 'b'], data]);
    expect(render(`SELECT 1; SELECT '$$'`, [])).toEqual({ sql: `SELECT 1; SELECT '$$'`, params: [] });
  });

  it('refuses a placeholder without a value', () => {
    expect(() => toDrizzleSql('SELECT $2', ['only one'])).toThrow(/\$2 but 1 values/);
  });
});

describe('statementName', () => {
  it('names a text the same every time, and two texts apart', () => {
    const insert = 'INSERT INTO pgboss.job (id) SELECT id FROM json_to_recordset($1) AS j(id uuid)';
    expect(statementName(insert)).toBe(statementName(`${insert}`));
    expect(statementName(insert)).not.toBe(statementName(`${insert} ON CONFLICT DO NOTHING`));
    // PostgreSQL truncates identifiers at 63 bytes: two names must differ within them.
    expect(statementName(insert)).toMatch(/^pgboss_[0-9a-f]{16}$/);
  });
});
