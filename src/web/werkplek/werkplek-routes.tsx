import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppShell, type NavItem } from '../shared/layout/app-shell';
import { NotFoundPage } from '../shared/layout/not-found-page';
import { RequireLogin } from '../shared/layout/require-login';
import { useSession } from '../shared/session/session-context';
import { AuditPage } from './audit/audit-page';
import { ContactMomentPage } from './contact-moments/contact-moment-page';
import { HomePage } from './home/home-page';
import { LoginPage } from './login/login-page';
import { can, type Permission } from './permissions';
import { PersonFilePage } from './persons/person-file-page';
import { SearchPage } from './persons/search-page';
import { EditStaffUserPage } from './staff-users/edit-staff-user-page';
import { NewStaffUserPage } from './staff-users/new-staff-user-page';
import { StaffUsersPage } from './staff-users/staff-users-page';

/** The main menu shows only what the person's roles may use (the server enforces it regardless). */
function useNav(): NavItem[] {
  const { principal } = useSession();
  const items: (NavItem & { allowed: boolean })[] = [
    { to: '/', labelKey: 'nav.home', allowed: true },
    { to: '/personen', labelKey: 'nav.persons', end: false, allowed: can(principal, 'personSearch') },
    { to: '/audit', labelKey: 'nav.audit', allowed: can(principal, 'auditRead') || can(principal, 'auditVerify') },
    { to: '/medewerkers', labelKey: 'nav.staffUsers', end: false, allowed: can(principal, 'staffManage') },
  ];
  return items.filter((i) => i.allowed);
}

function Allowed(props: { permissions: Permission[]; children: ReactNode }) {
  const { principal } = useSession();
  return props.permissions.some((p) => can(principal, p)) ? props.children : <Navigate to="/" replace />;
}

/** Werkplek, under /werkplek. */
export function WerkplekRoutes() {
  const nav = useNav();
  return (
    <Routes>
      <Route element={<AppShell nav={nav} />}>
        <Route path="inloggen" element={<LoginPage />} />
        <Route element={<RequireLogin />}>
          <Route index element={<HomePage />} />
          <Route path="personen" element={<Allowed permissions={['personSearch']}><SearchPage /></Allowed>} />
          <Route path="personen/dossier" element={<Allowed permissions={['personSearch']}><PersonFilePage /></Allowed>} />
          <Route path="contactmomenten/:id" element={<Allowed permissions={['personSearch']}><ContactMomentPage /></Allowed>} />
          <Route path="audit" element={<Allowed permissions={['auditRead', 'auditVerify']}><AuditPage /></Allowed>} />
          <Route path="medewerkers" element={<Allowed permissions={['staffManage']}><StaffUsersPage /></Allowed>} />
          <Route path="medewerkers/nieuw" element={<Allowed permissions={['staffManage']}><NewStaffUserPage /></Allowed>} />
          <Route path="medewerkers/:id" element={<Allowed permissions={['staffManage']}><EditStaffUserPage /></Allowed>} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
