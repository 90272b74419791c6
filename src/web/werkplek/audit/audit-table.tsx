import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../shared/api/types';
import { formatDateTime } from '../../shared/format/format';

export function AuditTable(props: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  return (
    <div className="eenloket-table-wrapper">
      <Table>
        <TableCaption>{t('audit.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('audit.seq')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.when')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.who')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.what')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.subject')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.ground')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.entries.map((entry) => (
            <TableRow key={entry.seq}>
              <TableHeaderCell scope="row">{entry.seq}</TableHeaderCell>
              <TableCell>{formatDateTime(entry.occurredAt)}</TableCell>
              <TableCell>
                {entry.actorName ?? entry.actorType}
                {entry.actorRole && ` (${t(`roles.${entry.actorRole}`, { defaultValue: entry.actorRole })})`}
              </TableCell>
              <TableCell>
                <code className="utrecht-code">{entry.action}</code>
              </TableCell>
              <TableCell>{entry.subjectBsn ?? ''}</TableCell>
              <TableCell>{entry.ground ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
