import pg from 'pg';

// CI: start every PostgreSQL run from an empty schema, and remove databases that an
// interrupted earlier run left behind.
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  await client.query('DROP SCHEMA IF EXISTS public CASCADE');
  await client.query('DROP SCHEMA IF EXISTS drizzle CASCADE');
  await client.query('CREATE SCHEMA public');
  const { rows } = await client.query<{ datname: string }>("select datname from pg_database where datname like 'eenloket\\_t%'");
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  console.log(`PostgreSQL reset: schema public emptied, ${rows.length} stale test databases removed.`);
} finally {
  await client.end();
}
