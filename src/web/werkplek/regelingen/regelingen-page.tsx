import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pick } from '../../shared/api/problem';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import { can } from '../permissions';
import { useRegelingen } from './use-regeling';

/** Every regeling with its current version and how many figures still wait for confirmation. */
export function RegelingenPage() {
  const { t, i18n } = useTranslation();
  const { principal } = useSession();
  const regelingen = useRegelingen();

  return (
    <>
      <PageHeading title={t('regelingen.list.title')}>{t('regelingen.list.title')}</PageHeading>
      <Paragraph>{t('regelingen.list.intro')}</Paragraph>
      {!can(principal, 'regelingManage') && <Paragraph className="eenloket-notice">{t('regelingen.readOnly')}</Paragraph>}
      {regelingen.loading && <Loading />}
      {regelingen.error && <ErrorAlert error={regelingen.error} />}
      {regelingen.data && (
        <div className="eenloket-table-wrapper">
          <Table>
            <TableCaption>{t('regelingen.list.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('regelingen.fields.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('regelingen.fields.kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('regelingen.fields.currentVersion')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('regelingen.fields.draft')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('regelingen.fields.unconfirmed')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {regelingen.data.map((regeling) => {
                const current = regeling.versions.find((v) => v.current);
                const draft = regeling.versions.find((v) => v.status === 'concept');
                const unconfirmed = regeling.parameters.filter((p) => p.periods.some((x) => !x.confirmed)).length;
                return (
                  <TableRow key={regeling.id}>
                    <TableHeaderCell scope="row">
                      <Link to={`/regelingen/${encodeURIComponent(regeling.id)}`} className="utrecht-link utrecht-link--html-a">
                        {pick(regeling.name, i18n.language)}
                      </Link>
                    </TableHeaderCell>
                    <TableCell>{t(`regelingen.kinds.${regeling.kind}`, { defaultValue: regeling.kind })}</TableCell>
                    <TableCell>{current ? t('regelingen.versionLabel', { version: current.version, label: pick(current.label, i18n.language) }) : t('regelingen.noCurrent')}</TableCell>
                    <TableCell>{draft ? t('regelingen.versionNumber', { version: draft.version }) : t('common.no')}</TableCell>
                    <TableCell>{t('regelingen.list.unconfirmedCount', { count: unconfirmed })}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
