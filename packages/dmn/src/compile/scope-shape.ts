import type { StaticScope } from '../feel/compiled-feel.js';

/** Adds names (context entries, parameters, iterator variables) to a static scope. */
export function extendScope(scope: StaticScope, names: string[], complete = scope.complete): StaticScope {
  const shape = { ...scope.shape };
  for (const name of names) shape[name] = shape[name] ?? {};
  return { ...scope, shape, complete };
}
