import { api } from '../../shared/api/api-client';
import type { RegelingAdmin } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';

/** All regelingen for administration (there is no GET for one; the list is small). */
export function useRegelingen(key = '') {
  return useApi((signal) => api.get<RegelingAdmin[]>('/api/werkplek/regelingen', { signal }), key);
}

/** One regeling from the administration list, with its versions and parameters. */
export function useRegeling(id: string) {
  const all = useRegelingen(id);
  return { ...all, regeling: all.data?.find((r) => r.id === id) };
}
