import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';
import { useArea } from './area';

/**
 * The page's h1, which also sets the document title ("Zoeken – Werkplek – Gemeente X") so every
 * route has its own title (WCAG 2.4.2). After client-side navigation the shell focuses this h1.
 */
export function PageHeading(props: { children: ReactNode; title: string }) {
  usePageTitle(props.title);
  return (
    <Heading1 tabIndex={-1} className="eenloket-page-heading">
      {props.children}
    </Heading1>
  );
}

export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const area = useArea();
  const { config } = useSession();
  const full = [title, t(area.nameKey), t('common.municipality', { name: config.municipality.name })].join(' – ');
  useEffect(() => {
    document.title = full;
  }, [full]);
}
