// Reading and writing form data by JSON pointer (/page/field), as prefill and carry-over use them.

export type FormData = Record<string, unknown>;

export function getAt(data: FormData, pointer: string): unknown {
  let node: unknown = data;
  for (const segment of pointer.split('/').slice(1)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** A copy of `data` with `value` at `pointer`, creating objects on the way. */
export function setAt(data: FormData, pointer: string, value: unknown): FormData {
  const segments = pointer.split('/').slice(1);
  const copy: FormData = structuredClone(data);
  let node: Record<string, unknown> = copy;
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment];
    node = node[segment] = next && typeof next === 'object' && !Array.isArray(next) ? (next as Record<string, unknown>) : {};
  }
  if (value === undefined) delete node[segments.at(-1)!];
  else node[segments.at(-1)!] = value;
  return copy;
}
