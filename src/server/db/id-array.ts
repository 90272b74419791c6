/**
 * Ids as one PostgreSQL array literal (`{a,b,c}`), for `= any(${idArray(ids)}::uuid[])`. Drizzle's
 * `sql` template spreads a JavaScript array into one parameter per element, so the statement's text
 * would change with the number of ids and could not stay a named prepared statement; one literal
 * keeps it the same. Only for ids made by the database or randomUUID (no quoting needed).
 */
export function idArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
