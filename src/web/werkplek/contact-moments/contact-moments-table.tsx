import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactMoment } from '../../shared/api/types';
import { formatDateTime } from '../../shared/format/format';

export function ContactMomentsTable(props: { contactMoments: ContactMoment[] }) {
  const { t } = useTranslation();
  if (props.contactMoments.length === 0) return <Paragraph>{t('file.noContactMoments')}</Paragraph>;
  return (
    <div className="eenloket-table-wrapper">
      <Table>
        <TableCaption>{t('file.contactMomentsCaption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('home.topic')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('home.registeredAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('home.channel')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('home.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('file.registeredBy')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.contactMoments.map((cm) => (
            <TableRow key={cm.id}>
              <TableHeaderCell scope="row">
                <Link to={`/contactmomenten/${cm.id}`} className="utrecht-link utrecht-link--html-a">
                  {cm.topic}
                </Link>
              </TableHeaderCell>
              <TableCell>{formatDateTime(cm.registeredAt)}</TableCell>
              <TableCell>{t(`contact.channels.${cm.channel}`)}</TableCell>
              <TableCell>{t(`contact.statuses.${cm.status}`)}</TableCell>
              <TableCell>{cm.registeredByName ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
