import { createContext, useContext } from 'react';

/** Which of the two web areas this page belongs to. */
export interface Area {
  id: 'loket' | 'werkplek';
  /** Translation key of the area's name ("Mijn loket", "Werkplek"). */
  nameKey: string;
  /** Who may use the area; a session of the other kind counts as not logged in here. */
  principalKind: 'resident' | 'staff';
}

export const AreaContext = createContext<Area | undefined>(undefined);

export function useArea(): Area {
  const area = useContext(AreaContext);
  if (!area) throw new Error('useArea outside AreaContext');
  return area;
}
