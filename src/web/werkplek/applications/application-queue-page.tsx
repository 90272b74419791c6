import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../shared/api/api-client';
import { pick } from '../../shared/api/problem';
import type { ApplicationQueue } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import { can } from '../permissions';
import { DaysLeft } from './deadline';
import { QueueFilters, readQueueFilters } from './queue-filters';
import { QueueProposalCell } from './queue-proposal-cell';

/**
 * The work queue: submitted applications by deadline. It shows no personal data (reference,
 * regeling, status, dates), so looking at it is not a read of anyone's data; opening one is.
 * Filters and page live in the address, so Back returns to the same view.
 */
export function ApplicationQueuePage() {
  const { t, i18n } = useTranslation();
  const { principal } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = readQueueFilters(params);
  const query = new URLSearchParams({ ...(filters.status && { status: filters.status }), ...(filters.regelingId && { regelingId: filters.regelingId }), ...(filters.proposal && { proposal: filters.proposal }), page: String(filters.page) });
  const queue = useApi((signal) => api.get<ApplicationQueue>(`/api/werkplek/applications?${query.toString()}`, { signal }), query.toString());
  const pageLink = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('pagina', String(page));
    return `?${next.toString()}`;
  };

  return (
    <>
      <PageHeading title={t('applications.queue.title')}>{t('applications.queue.heading')}</PageHeading>
      <Paragraph>{t('applications.queue.intro')}</Paragraph>
      {can(principal, 'applicationEnterPaper') && (
        <Paragraph>
          <Link to="/aanvragen/papier" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
            {t('applications.paper.start')}
          </Link>
        </Paragraph>
      )}
      <QueueFilters filters={filters} onApply={(next) => setParams(next)} />

      <section className="eenloket-section" aria-labelledby="werkvoorraad">
        <Heading2 id="werkvoorraad">{t('applications.queue.resultsHeading')}</Heading2>
        <div role="status">{queue.data && <Paragraph>{t('applications.queue.count', { count: queue.data.items.length, page: queue.data.page })}</Paragraph>}</div>
        {queue.loading && <Loading />}
        {queue.error && <ErrorAlert error={queue.error} />}
        {queue.data && queue.data.items.length > 0 && (
          <div className="eenloket-table-wrapper">
            <Table>
              <TableCaption className="eenloket-visually-hidden">{t('applications.queue.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('applications.fields.reference')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('applications.fields.regeling')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('applications.fields.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('applications.fields.channel')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('applications.fields.submittedAt')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('applications.fields.decisionDue')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('applications.fields.daysLeft')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('applications.fields.openTasks')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('assessment.queue.column')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {queue.data.items.map((item) => (
                  <TableRow key={item.id}>
                    <TableHeaderCell scope="row" className="eenloket-nowrap">
                      <Link to={`/aanvragen/${item.id}`} className="utrecht-link utrecht-link--html-a">
                        {item.reference ?? t('applications.noReference')}
                      </Link>
                    </TableHeaderCell>
                    <TableCell>{pick(item.regeling.name, i18n.language)}</TableCell>
                    <TableCell>{t(`applications.statuses.${item.status}`)}</TableCell>
                    <TableCell>{t(`applications.channels.${item.channel}`, { defaultValue: item.channel })}</TableCell>
                    <TableCell className="eenloket-nowrap">{formatDateTime(item.submittedAt)}</TableCell>
                    <TableCell className="eenloket-nowrap">{formatDate(item.decisionDue)}</TableCell>
                    <TableCell>
                      <DaysLeft daysLeft={item.daysLeft} suspended={item.suspended} />
                    </TableCell>
                    <TableCell>{item.openTasks}</TableCell>
                    <TableCell>
                      <QueueProposalCell proposal={item.proposal} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        {queue.data && (queue.data.page > 1 || queue.data.hasMore) && (
          <nav aria-label={t('applications.queue.paging')}>
            <ul className="eenloket-actions">
              {queue.data.page > 1 && (
                <li>
                  <Link to={pageLink(queue.data.page - 1)} className="utrecht-link utrecht-link--html-a">
                    {t('applications.queue.previous')}
                  </Link>
                </li>
              )}
              <li aria-current="page">{t('applications.queue.pageNumber', { page: queue.data.page })}</li>
              {queue.data.hasMore && (
                <li>
                  <Link to={pageLink(queue.data.page + 1)} className="utrecht-link utrecht-link--html-a">
                    {t('applications.queue.next')}
                  </Link>
                </li>
              )}
            </ul>
          </nav>
        )}
      </section>
    </>
  );
}
