import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import { pick } from '../../shared/api/problem';
import type { AccessLogEntry } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { formatDateTime } from '../../shared/format/format';

/** "Wie bekeek mijn gegevens": every read of the resident's data by staff, with the purpose. */
export function AccessLog() {
  const { t, i18n } = useTranslation();
  const log = useApi((signal) => api.get<AccessLogEntry[]>('/api/loket/access-log', { signal }));
  const lang = i18n.language;

  return (
    <section className="eenloket-section" aria-labelledby="wie-bekeek">
      <Heading2 id="wie-bekeek">{t('accessLog.heading')}</Heading2>
      <Paragraph>{t('accessLog.intro')}</Paragraph>
      {log.loading && <Loading />}
      {log.error && <ErrorAlert error={log.error} />}
      {log.data && log.data.length === 0 && <Paragraph>{t('accessLog.empty')}</Paragraph>}
      {log.data && log.data.length > 0 && (
        <div className="eenloket-table-wrapper">
          <Table>
            <TableCaption>{t('accessLog.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('accessLog.when')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('accessLog.who')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('accessLog.role')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('accessLog.what')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('accessLog.why')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {log.data.map((entry, i) => (
                <TableRow key={`${entry.at}-${i}`}>
                  <TableCell>{formatDateTime(entry.at)}</TableCell>
                  <TableCell>{entry.staffName}</TableCell>
                  <TableCell>{entry.role ? t(`roles.${entry.role}`, { defaultValue: entry.role }) : ''}</TableCell>
                  <TableCell>{pick(entry.action, lang)}</TableCell>
                  <TableCell>{entry.purpose ? pick(entry.purpose, lang) : t('accessLog.noPurpose')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
