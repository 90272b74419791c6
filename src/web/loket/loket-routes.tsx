import { Route, Routes } from 'react-router';
import { AppShell, type NavItem } from '../shared/layout/app-shell';
import { NotFoundPage } from '../shared/layout/not-found-page';
import { RequireLogin } from '../shared/layout/require-login';
import { ApplicationEntry } from './aanvragen/application-entry';
import { CosignPage } from './aanvragen/cosign-page';
import { MyApplicationsPage } from './aanvragen/my-applications-page';
import { ReceiptPage } from './aanvragen/receipt-page';
import { StatusPage } from './aanvragen/status-page';
import { WizardPage } from './aanvragen/wizard-page';
import { HomePage } from './home/home-page';
import { LoginPage } from './login/login-page';
import { RegelingPage } from './regelingen/regeling-page';
import { RegelingenPage } from './regelingen/regelingen-page';
import './loket.css';

const nav: NavItem[] = [
  { to: '/', labelKey: 'nav.home' },
  { to: '/regelingen', labelKey: 'nav.regelingen', end: false },
  { to: '/aanvragen', labelKey: 'nav.applications', end: false },
];

/** Mijn loket, under /loket. */
export function LoketRoutes() {
  return (
    <Routes>
      <Route element={<AppShell nav={nav} />}>
        <Route path="inloggen" element={<LoginPage />} />
        <Route element={<RequireLogin />}>
          <Route index element={<HomePage />} />
          <Route path="regelingen" element={<RegelingenPage />} />
          <Route path="regelingen/:id" element={<RegelingPage />} />
          <Route path="aanvragen" element={<MyApplicationsPage />} />
          <Route path="aanvragen/:id" element={<ApplicationEntry />} />
          <Route path="aanvragen/:id/stap/:stap" element={<WizardPage />} />
          <Route path="aanvragen/:id/bevestiging" element={<ReceiptPage />} />
          <Route path="aanvragen/:id/status" element={<StatusPage />} />
          <Route path="aanvragen/:id/ondertekenen" element={<CosignPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
