import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppShell, type NavItem } from '../shared/layout/app-shell';
import { NotFoundPage } from '../shared/layout/not-found-page';
import { RequireLogin } from '../shared/layout/require-login';
import { useSession } from '../shared/session/session-context';
import { ApplicationPage } from './applications/application-page';
import { ApplicationQueuePage } from './applications/application-queue-page';
import { PaperEntryPage } from './applications/paper-entry-page';
import { PaperStartPage } from './applications/paper-start-page';
import { AuditPage } from './audit/audit-page';
import { ContactMomentPage } from './contact-moments/contact-moment-page';
import { HomePage } from './home/home-page';
import { LoginPage } from './login/login-page';
import { can, type Permission } from './permissions';
import { PersonFilePage } from './persons/person-file-page';
import { SearchPage } from './persons/search-page';
import { NewPeriodPage } from './regelingen/new-period-page';
import { ParameterPage } from './regelingen/parameter-page';
import { RegelingPage } from './regelingen/regeling-page';
import { RegelingenPage } from './regelingen/regelingen-page';
import { ReviewsPage } from './reviews/reviews-page';
import { VersionPage } from './regelingen/version-page';
import { EditStaffUserPage } from './staff-users/edit-staff-user-page';
import { NewStaffUserPage } from './staff-users/new-staff-user-page';
import { StaffUsersPage } from './staff-users/staff-users-page';

/** The main menu shows only what the person's roles may use (the server enforces it regardless). */
function useNav(): NavItem[] {
  const { principal } = useSession();
  const items: (NavItem & { allowed: boolean })[] = [
    { to: '/', labelKey: 'nav.home', allowed: true },
    { to: '/aanvragen', labelKey: 'nav.applications', end: false, allowed: can(principal, 'applicationRead') },
    { to: '/personen', labelKey: 'nav.persons', end: false, allowed: can(principal, 'personSearch') },
    // Those who review, and the teamleider, who sees the sample (without recording verdicts).
    { to: '/steekproef', labelKey: 'review.nav', allowed: can(principal, 'decisionReviewList') },
    { to: '/regelingen', labelKey: 'nav.regelingen', end: false, allowed: can(principal, 'regelingRead') },
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
          <Route path="aanvragen" element={<Allowed permissions={['applicationRead']}><ApplicationQueuePage /></Allowed>} />
          <Route path="aanvragen/papier" element={<Allowed permissions={['applicationEnterPaper']}><PaperStartPage /></Allowed>} />
          <Route path="aanvragen/:id" element={<Allowed permissions={['applicationRead']}><ApplicationPage /></Allowed>} />
          <Route path="aanvragen/:id/invoeren" element={<Allowed permissions={['applicationEnterPaper']}><PaperEntryPage /></Allowed>} />
          <Route path="regelingen" element={<Allowed permissions={['regelingRead']}><RegelingenPage /></Allowed>} />
          <Route path="regelingen/:id" element={<Allowed permissions={['regelingRead']}><RegelingPage /></Allowed>} />
          <Route path="regelingen/:id/parameters/:key" element={<Allowed permissions={['regelingRead']}><ParameterPage /></Allowed>} />
          <Route path="regelingen/:id/parameters/:key/nieuw" element={<Allowed permissions={['regelingManage']}><NewPeriodPage /></Allowed>} />
          <Route path="regelingen/:id/versies/:version" element={<Allowed permissions={['regelingRead']}><VersionPage /></Allowed>} />
          <Route path="steekproef" element={<Allowed permissions={['decisionReviewList']}><ReviewsPage /></Allowed>} />
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
