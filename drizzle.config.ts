import { defineConfig } from 'drizzle-kit';

// One schema for PGlite and PostgreSQL; migrations are generated here and applied at start-up.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/modules/*/*.tables.ts',
  out: './drizzle',
});
