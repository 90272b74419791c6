import { Heading2, Paragraph, StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { pick } from '../../shared/api/problem';
import type { RegelingAdmin } from '../../shared/api/types';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { formatDateTime } from '../../shared/format/format';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import { can } from '../permissions';
import { NewVersion } from './new-version';
import { ParametersTable } from './parameters-table';
import { useRegeling } from './use-regeling';
import { Notice, noticeFrom } from '../notice';

/** A regeling's versions and parameters. A functional administrator changes them; others read. */
export function RegelingPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const notice = noticeFrom(location.state);
  const { principal } = useSession();
  const { regeling, loading, error, data } = useRegeling(id);
  const name = regeling ? pick(regeling.name, i18n.language) : t('regelingen.page.title');

  return (
    <>
      <PageHeading title={name}>{name}</PageHeading>
      <Paragraph>
        <Link to="/regelingen" className="utrecht-link utrecht-link--html-a">
          {t('regelingen.back')}
        </Link>
      </Paragraph>
      <Notice message={notice} />
      {!can(principal, 'regelingManage') && <Paragraph className="eenloket-notice">{t('regelingen.readOnly')}</Paragraph>}
      {loading && <Loading />}
      {error && <ErrorAlert error={error} />}
      {data && !regeling && <Paragraph>{t('regelingen.page.notFound')}</Paragraph>}
      {regeling && (
        <>
          <Versions regeling={regeling} />
          <section className="eenloket-section" aria-labelledby="regeling-parameters">
            <Heading2 id="regeling-parameters">{t('regelingen.parameters.heading')}</Heading2>
            <Paragraph>{t('regelingen.parameters.intro')}</Paragraph>
            <ParametersTable regeling={regeling} />
          </section>
        </>
      )}
    </>
  );
}

function Versions(props: { regeling: RegelingAdmin }) {
  const { t, i18n } = useTranslation();
  const { principal } = useSession();
  const { regeling } = props;
  const draft = regeling.versions.find((v) => v.status === 'concept');
  const base = `/regelingen/${encodeURIComponent(regeling.id)}/versies`;

  return (
    <section className="eenloket-section" aria-labelledby="regeling-versies">
      <Heading2 id="regeling-versies">{t('regelingen.versions.heading')}</Heading2>
      <div className="eenloket-table-wrapper">
        <Table>
          <TableCaption className="eenloket-visually-hidden">{t('regelingen.versions.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('regelingen.versions.version')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('regelingen.versions.label')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('regelingen.versions.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('regelingen.versions.origin')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('regelingen.versions.current')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('regelingen.versions.publishedAt')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {regeling.versions.map((v) => (
              <TableRow key={v.version}>
                <TableHeaderCell scope="row">
                  <Link to={`${base}/${v.version}`} className="utrecht-link utrecht-link--html-a">
                    {t('regelingen.versionNumber', { version: v.version })}
                  </Link>
                </TableHeaderCell>
                <TableCell>{pick(v.label, i18n.language)}</TableCell>
                <TableCell>{t(`regelingen.versionStatuses.${v.status}`, { defaultValue: v.status })}</TableCell>
                <TableCell>{t(`regelingen.origins.${v.origin}`, { defaultValue: v.origin })}</TableCell>
                <TableCell>{v.current ? <StatusBadge status="safe">{t('regelingen.versions.isCurrent')}</StatusBadge> : ''}</TableCell>
                <TableCell>{formatDateTime(v.publishedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {can(principal, 'regelingManage') &&
        (draft ? (
          <Paragraph>
            <Link to={`${base}/${draft.version}`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
              {t('regelingen.versions.editDraft', { version: draft.version })}
            </Link>
          </Paragraph>
        ) : (
          <NewVersion regeling={regeling} />
        ))}
    </section>
  );
}
