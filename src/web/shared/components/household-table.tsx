import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { HouseholdMember } from '../api/types';
import { formatDate } from '../format/format';

/** Everyone at the address with their relation to the person. */
export function HouseholdTable(props: { members: HouseholdMember[]; caption: string; showBsn?: boolean; includeSelf?: boolean }) {
  const { t } = useTranslation();
  const members = props.includeSelf ? props.members : props.members.filter((m) => m.relation !== 'self');
  return (
    <div className="eenloket-table-wrapper">
      <Table>
        <TableCaption>{props.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('person.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('person.relation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('person.birthDate')}</TableHeaderCell>
            {props.showBsn && <TableHeaderCell scope="col">{t('person.bsn')}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => (
            <TableRow key={member.person.bsn}>
              <TableHeaderCell scope="row">{member.person.name.full}</TableHeaderCell>
              <TableCell>{t(`relation.${member.relation}`)}</TableCell>
              <TableCell>{formatDate(member.person.birthDate)}</TableCell>
              {props.showBsn && <TableCell>{member.person.bsn}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
