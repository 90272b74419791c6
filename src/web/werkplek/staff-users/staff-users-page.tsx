import { Alert, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../../shared/api/api-client';
import type { StaffUser } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { formatDateTime } from '../../shared/format/format';
import { PageHeading } from '../../shared/layout/page-heading';

/** All staff accounts (functioneel beheerder). */
export function StaffUsersPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const created = (location.state as { created?: unknown } | null)?.created;
  const users = useApi((signal) => api.get<StaffUser[]>('/api/werkplek/staff-users', { signal }));

  return (
    <>
      <PageHeading title={t('staff.title')}>{t('staff.heading')}</PageHeading>
      <div role="status">
        {typeof created === 'string' && (
          <Alert type="ok">
            <Paragraph>{t('staff.created', { name: created })}</Paragraph>
          </Alert>
        )}
      </div>
      <Paragraph>{t('staff.intro')}</Paragraph>
      <Paragraph>
        <Link to="/medewerkers/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          {t('staff.new')}
        </Link>
      </Paragraph>
      {users.loading && <Loading />}
      {users.error && <ErrorAlert error={users.error} />}
      {users.data && (
        <div className="eenloket-table-wrapper">
          <Table>
            <TableCaption>{t('staff.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('staff.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('staff.username')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('staff.roles')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('staff.team')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('staff.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('staff.lastLogin')}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  <span className="eenloket-visually-hidden">{t('staff.edit')}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {users.data.map((user) => (
                <TableRow key={user.id}>
                  <TableHeaderCell scope="row">{user.displayName}</TableHeaderCell>
                  <TableCell>{user.username ?? t('staff.loginOidc')}</TableCell>
                  <TableCell>{user.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')}</TableCell>
                  <TableCell>{user.team ?? ''}</TableCell>
                  <TableCell>{!user.active ? t('staff.statusInactive') : user.locked ? t('staff.statusLocked') : t('staff.statusActive')}</TableCell>
                  <TableCell>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('staff.never')}</TableCell>
                  <TableCell>
                    <Link to={`/medewerkers/${user.id}`} className="utrecht-link utrecht-link--html-a" aria-label={t('staff.editOf', { name: user.displayName })}>
                      {t('staff.edit')}
                    </Link>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
