import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Business } from '../api/types';
import { formatDate } from '../format/format';

/** KvK registrations (Handelsregister) of a person. */
export function BusinessesTable(props: { businesses: Business[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="eenloket-table-wrapper">
      <Table>
        <TableCaption>{props.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('business.tradeName')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('business.kvkNumber')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('business.legalForm')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('business.activity')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('business.registeredOn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.businesses.map((b) => (
            <TableRow key={b.kvkNumber}>
              <TableHeaderCell scope="row">{b.tradeName}</TableHeaderCell>
              <TableCell>{b.kvkNumber}</TableCell>
              <TableCell>{b.legalForm}</TableCell>
              <TableCell>{b.sbiDescription}</TableCell>
              <TableCell>
                {formatDate(b.registeredOn)}
                {b.deregisteredOn && ` – ${formatDate(b.deregisteredOn)}`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
