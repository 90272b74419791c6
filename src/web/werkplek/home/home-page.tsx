import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../shared/api/api-client';
import type { WerkplekHome } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { formatDateTime } from '../../shared/format/format';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import { can } from '../permissions';

export function HomePage() {
  const { t } = useTranslation();
  const { principal } = useSession();
  const home = useApi((signal) => api.get<WerkplekHome>('/api/werkplek/home', { signal }));
  const roles = (principal?.roles ?? []).map((r) => t(`roles.${r}`)).join(', ');
  const tasks = [
    can(principal, 'applicationRead') && { to: '/aanvragen', label: t('nav.applications') },
    can(principal, 'personSearch') && { to: '/personen', label: t('nav.persons') },
    can(principal, 'regelingRead') && { to: '/regelingen', label: t('nav.regelingen') },
    (can(principal, 'auditRead') || can(principal, 'auditVerify')) && { to: '/audit', label: t('nav.audit') },
    can(principal, 'staffManage') && { to: '/medewerkers', label: t('nav.staffUsers') },
  ].filter((x): x is { to: string; label: string } => Boolean(x));

  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.heading', { name: principal?.displayName ?? '' })}</PageHeading>
      <Paragraph>{t('home.yourRoles', { roles })}</Paragraph>

      {tasks.length > 0 && (
        <section className="eenloket-section" aria-labelledby="taken">
          <Heading2 id="taken">{t('home.tasksHeading')}</Heading2>
          <ul className="eenloket-actions">
            {tasks.map((task) => (
              <li key={task.to}>
                <Link to={task.to} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
                  {task.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="eenloket-section" aria-labelledby="open-contactmomenten">
        <Heading2 id="open-contactmomenten">{t('home.recentHeading')}</Heading2>
        {home.loading && <Loading />}
        {home.error && <ErrorAlert error={home.error} />}
        {home.data && (
          <>
            <Paragraph>{t('home.openCount', { count: home.data.openContactMoments })}</Paragraph>
            {home.data.recentOpen.length > 0 && (
              <>
                <Paragraph>{t('home.recentIntro')}</Paragraph>
                <div className="eenloket-table-wrapper">
                  <Table>
                    <TableCaption>{t('home.recentCaption')}</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{t('home.topic')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('home.channel')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('home.registeredAt')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('home.status')}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {home.data.recentOpen.map((cm) => (
                        <TableRow key={cm.id}>
                          <TableHeaderCell scope="row">
                            <Link to={`/contactmomenten/${cm.id}`} className="utrecht-link utrecht-link--html-a">
                              {cm.topic}
                            </Link>
                          </TableHeaderCell>
                          <TableCell>{t(`contact.channels.${cm.channel}`, { defaultValue: cm.channel })}</TableCell>
                          <TableCell>{formatDateTime(cm.registeredAt)}</TableCell>
                          <TableCell>{t(`contact.statuses.${cm.status}`, { defaultValue: cm.status })}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}
