import { Heading2, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../shared/api/api-client';
import { pick } from '../../shared/api/problem';
import type { MyApplication } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { formatLongDate } from '../../shared/format/format-text';
import { PageHeading } from '../../shared/layout/page-heading';
import { buttonLinkClass } from '../button-link';
import { applicationPath } from './use-application';

/** /aanvragen — requests to co-sign first, then drafts to finish, then what was sent. */
export function MyApplicationsPage() {
  const { t, i18n } = useTranslation();
  const list = useApi((signal) => api.get<MyApplication[]>('/api/loket/applications', { signal }));
  const lang = i18n.language;
  const toSign = list.data?.filter((a) => a.awaitingMySignature) ?? [];
  const drafts = list.data?.filter((a) => a.status === 'concept' && a.role === 'applicant') ?? [];
  const sent = list.data?.filter((a) => a.status !== 'concept' && !a.awaitingMySignature) ?? [];

  return (
    <>
      <PageHeading title={t('myApplications.title')}>{t('myApplications.title')}</PageHeading>
      <Paragraph appearance="lead">{t('myApplications.intro')}</Paragraph>
      {list.loading && <Loading />}
      {list.error && <ErrorAlert error={list.error} />}
      {list.data && list.data.length === 0 && (
        <Paragraph>
          {t('myApplications.empty')}{' '}
          <Link to="/regelingen" className="utrecht-link utrecht-link--html-a">
            {t('myApplications.toRegelingen')}
          </Link>
        </Paragraph>
      )}

      {toSign.length > 0 && (
        <section className="eenloket-section" aria-labelledby="ondertekenen">
          <Heading2 id="ondertekenen">{t('myApplications.toSign')}</Heading2>
          {toSign.map((a) => (
            <div key={a.id} className="eenloket-card">
              <Heading3>{pick(a.regeling.name, lang)}</Heading3>
              <Paragraph>{t('myApplications.toSignText', { reference: a.reference ?? '' })}</Paragraph>
              <Link to={applicationPath(a.id, 'ondertekenen')} className={buttonLinkClass('primary')}>
                {t('myApplications.sign')}
                <span className="eenloket-visually-hidden">: {pick(a.regeling.name, lang)}</span>
              </Link>
            </div>
          ))}
        </section>
      )}

      {drafts.length > 0 && (
        <section className="eenloket-section" aria-labelledby="concepten">
          <Heading2 id="concepten">{t('myApplications.drafts')}</Heading2>
          {drafts.map((a) => (
            <div key={a.id} className="eenloket-card">
              <Heading3>{pick(a.regeling.name, lang)}</Heading3>
              <Paragraph>{t('myApplications.startedOn', { date: formatLongDate(a.createdAt, lang) })}</Paragraph>
              <Link to={applicationPath(a.id)} className={buttonLinkClass('primary')}>
                {t('myApplications.continue')}
                <span className="eenloket-visually-hidden">: {pick(a.regeling.name, lang)}</span>
              </Link>
            </div>
          ))}
        </section>
      )}

      {sent.length > 0 && (
        <section className="eenloket-section" aria-labelledby="verstuurd">
          <Heading2 id="verstuurd">{t('myApplications.sent')}</Heading2>
          <div className="eenloket-table-wrapper">
            <Table>
              <TableCaption className="eenloket-visually-hidden">{t('myApplications.sentCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('myApplications.regeling')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('myApplications.reference')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('myApplications.sentOn')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('myApplications.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('myApplications.decisionDue')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {sent.map((a) => (
                  <TableRow key={a.id}>
                    <TableCell>
                      <Link to={applicationPath(a.id, 'status')} className="utrecht-link utrecht-link--html-a">
                        {pick(a.regeling.name, lang)}
                      </Link>
                      {a.role === 'cosigner' && <span className="eenloket-tag"> {t('myApplications.asPartner')}</span>}
                    </TableCell>
                    <TableCell>{a.reference}</TableCell>
                    <TableCell>{formatLongDate(a.submittedAt, lang)}</TableCell>
                    <TableCell>{t(`applicationStatus.${a.status}`)}</TableCell>
                    <TableCell>{a.decisionDue ? formatLongDate(a.decisionDue, lang) : t('myApplications.noDecisionDue')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      )}
    </>
  );
}
