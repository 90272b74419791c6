import { Route, Routes } from 'react-router';
import { AppShell, type NavItem } from '../shared/layout/app-shell';
import { NotFoundPage } from '../shared/layout/not-found-page';
import { RequireLogin } from '../shared/layout/require-login';
import { HomePage } from './home/home-page';
import { LoginPage } from './login/login-page';

const nav: NavItem[] = [{ to: '/', labelKey: 'nav.home' }];

/** Mijn loket, under /loket. */
export function LoketRoutes() {
  return (
    <Routes>
      <Route element={<AppShell nav={nav} />}>
        <Route path="inloggen" element={<LoginPage />} />
        <Route element={<RequireLogin />}>
          <Route index element={<HomePage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
