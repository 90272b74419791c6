import type { StaffRole } from '../modules/auth/principal.js';

export interface DemoStaffAccount {
  username: string;
  /** Known to everyone: demo only. The configuration refuses the demo seed in production. */
  password: string;
  displayName: string;
  team: string;
  roles: StaffRole[];
}

/** One local account per staff role, printed by `npm start` in the demo environment. */
export const demoStaffAccounts: readonly DemoStaffAccount[] = [
  { username: 'consulent', password: 'demo-consulent-2026', displayName: 'Fatima El Amrani', team: 'Werk en Inkomen', roles: ['consulent'] },
  { username: 'consulent2', password: 'demo-consulent2-2026', displayName: 'Sanne Visser', team: 'Wmo', roles: ['consulent'] },
  { username: 'kwaliteit', password: 'demo-kwaliteit-2026', displayName: 'Jan de Wit', team: 'Kwaliteit', roles: ['kwaliteitsmedewerker'] },
  { username: 'teamleider', password: 'demo-teamleider-2026', displayName: 'Petra Jansen', team: 'Werk en Inkomen', roles: ['teamleider'] },
  { username: 'beheerder', password: 'demo-beheerder-2026', displayName: 'Ahmed Yıldız', team: 'Applicatiebeheer', roles: ['functioneel-beheerder'] },
  { username: 'auditor', password: 'demo-auditor-2026', displayName: 'Ingrid Bakker', team: 'Privacy en Audit', roles: ['auditor'] },
];
