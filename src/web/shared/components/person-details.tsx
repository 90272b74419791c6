import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../api/types';
import { formatAddress, formatDate } from '../format/format';

/** A person's registry data as a description list (key: value). */
export function PersonDetails(props: { person: Person }) {
  const { t } = useTranslation();
  const { person } = props;
  const rows: [string, string][] = [
    [t('person.name'), person.name.full],
    [t('person.bsn'), person.bsn],
    [t('person.birthDate'), formatDate(person.birthDate)],
    [t('person.address'), person.address ? formatAddress(person.address) : t('person.noAddress')],
    [t('person.nationality'), person.nationality],
  ];
  if (person.residentSince) rows.push([t('person.residentSince'), formatDate(person.residentSince)]);
  if (person.deathDate) rows.push([t('person.deathDate'), formatDate(person.deathDate)]);
  return (
    <DataList>
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
