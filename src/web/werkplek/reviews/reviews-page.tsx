import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../shared/api/api-client';
import { pick } from '../../shared/api/problem';
import type { ReviewSample } from '../../shared/api/assessment-types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { formatDateTime } from '../../shared/format/format';
import { formatAmount } from '../../shared/format/format-text';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import { can } from '../permissions';

/**
 * /steekproef — the sampled automatic grants not yet reviewed, oldest first, without personal data.
 * Opening one is the application page (a recorded read), where the reviewer records the verdict.
 */
export function ReviewsPage() {
  const { t, i18n } = useTranslation();
  const { principal } = useSession();
  const [params] = useSearchParams();
  const requested = Number(params.get('pagina'));
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 1000 ? requested : 1;
  const sample = useApi((signal) => api.get<ReviewSample>(`/api/werkplek/reviews?page=${page}`, { signal }), String(page));

  return (
    <>
      <PageHeading title={t('review.title')}>{t('review.title')}</PageHeading>
      <Paragraph>{t(can(principal, 'decisionReview') ? 'review.intro' : 'review.introReadOnly')}</Paragraph>
      {sample.loading && <Loading />}
      {sample.error && <ErrorAlert error={sample.error} />}
      <div role="status">{sample.data && <Paragraph>{sample.data.items.length ? t('review.count', { count: sample.data.items.length }) : t('review.empty')}</Paragraph>}</div>
      {sample.data && sample.data.items.length > 0 && (
        <div className="eenloket-table-wrapper">
          <Table>
            <TableCaption className="eenloket-visually-hidden">{t('review.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('applications.fields.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('applications.fields.regeling')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('decision.outcome')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('assessment.amount')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('review.decidedAt')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sample.data.items.map((item) => (
                <TableRow key={item.decisionId}>
                  <TableHeaderCell scope="row" className="eenloket-nowrap">
                    <Link to={`/aanvragen/${item.applicationId}`} className="utrecht-link utrecht-link--html-a">
                      {item.reference ?? t('applications.noReference')}
                    </Link>
                  </TableHeaderCell>
                  <TableCell>{pick(item.regeling.name, i18n.language)}</TableCell>
                  <TableCell>{t(`decision.outcomeDone.${item.outcome}`)}</TableCell>
                  <TableCell className="eenloket-nowrap">{item.amount === null ? '' : formatAmount(item.amount)}</TableCell>
                  <TableCell className="eenloket-nowrap">{formatDateTime(item.decidedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {sample.data?.hasMore && (
        <Paragraph>
          <Link to={`?pagina=${page + 1}`} className="utrecht-link utrecht-link--html-a">
            {t('review.more')}
          </Link>
        </Paragraph>
      )}
    </>
  );
}
