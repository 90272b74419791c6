import { Button, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useEffect, useRef, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { SessionTimer } from '../session/session-timer';
import { useSession } from '../session/session-context';
import { useArea } from './area';
import { LanguageSwitch } from './language-switch';

export interface NavItem {
  to: string;
  labelKey: string;
  /** Also active on deeper routes (e.g. the person file under "Personen zoeken"). */
  end?: boolean;
}

/**
 * The frame of every page: skip link, header (banner) with the municipality's logo, language
 * switch and logout, the main menu (nav), main content and footer (contentinfo).
 */
export function AppShell(props: { nav: NavItem[] }) {
  const { t } = useTranslation();
  const area = useArea();
  const { config, principal, logout } = useSession();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);
  const loggedIn = principal?.kind === area.principalKind;
  const name = config.municipality.name;

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  return (
    <div className="eenloket-page">
      <SkipLink href="#inhoud" onClick={skipToMain}>
        {t('layout.skipLink')}
      </SkipLink>
      <PageHeader className="eenloket-header">
        <div className="eenloket-header__bar">
          <Link to="/" className="eenloket-header__logo-link">
            <img src="/theme/logo.svg" alt={t('common.logoAlt', { name })} className="eenloket-header__logo" />
          </Link>
          <span className="eenloket-header__area">{t(area.nameKey)}</span>
          <div className="eenloket-header__tools">
            <LanguageSwitch />
            {loggedIn && (
              <>
                <span className="eenloket-header__user">{t('layout.loggedInAs', { name: principal.displayName })}</span>
                <Button appearance="secondary-action-button" className="eenloket-header__button" onClick={() => void logout()}>
                  {t('layout.logout')}
                </Button>
              </>
            )}
          </div>
        </div>
        {loggedIn && props.nav.length > 0 && (
          <nav aria-label={t('layout.mainMenu')} className="eenloket-nav">
            <ul className="eenloket-nav__list">
              {props.nav.map((item) => (
                <li key={item.to} className="eenloket-nav__item">
                  <NavLink to={item.to} end={item.end ?? true} className="eenloket-nav__link">
                    {t(item.labelKey)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </PageHeader>
      <main id="inhoud" ref={mainRef} tabIndex={-1} className="eenloket-main">
        <Outlet />
      </main>
      <PageFooter className="eenloket-footer">
        <Paragraph>{t('layout.footer', { name })}</Paragraph>
        <Paragraph>{t('layout.footerPrivacy')}</Paragraph>
      </PageFooter>
      {loggedIn && <SessionTimer />}
    </div>
  );
}

/**
 * After a client-side route change, move focus to the new page's h1 (or main), as a full page
 * load would reset it; screen readers then announce the new page. Not on the first load, so the
 * first Tab still reaches the skip link.
 */
function useFocusOnNavigation(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  // The path this effect last handled; comparing paths (not counting runs) keeps it right when
  // React runs effects twice (StrictMode in development).
  const handled = useRef(pathname);
  useEffect(() => {
    if (handled.current === pathname) return;
    handled.current = pathname;
    // Wait a frame: the new page may render its heading after loading.
    const frame = requestAnimationFrame(() => {
      const heading = mainRef.current?.querySelector<HTMLElement>('h1');
      (heading ?? mainRef.current)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname, mainRef]);
}
