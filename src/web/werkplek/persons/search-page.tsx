import { Button, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../shared/api/api-client';
import type { Person } from '../../shared/api/types';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { formatAddress, formatDate } from '../../shared/format/format';
import { PageHeading } from '../../shared/layout/page-heading';
import type { PersonFileState } from './person-file-state';
import type { Purpose } from './purposes';
import { SearchForm, searchFields, type SearchBody } from './search-form';

interface Results {
  persons: Person[];
  truncated: boolean;
  purpose: Purpose;
}

export function SearchPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormErrors(searchFields);
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<Results | undefined>();

  const search = async (body: SearchBody) => {
    setBusy(true);
    try {
      const found = await api.post<{ persons: Person[]; truncated: boolean }>('/api/werkplek/persons/search', body);
      setResults({ ...found, purpose: body.purpose as Purpose });
    } catch (error) {
      setResults(undefined);
      form.showError(error);
    } finally {
      setBusy(false);
    }
  };

  const open = (person: Person, purpose: Purpose) => {
    const state: PersonFileState = { bsn: person.bsn, purpose };
    navigate('/personen/dossier', { state });
  };

  return (
    <>
      <PageHeading title={t('search.title')}>{t('search.heading')}</PageHeading>
      <Paragraph>{t('search.intro')}</Paragraph>
      <SearchForm onSearch={search} busy={busy} formErrors={form} />

      <section className="eenloket-section" aria-labelledby="zoekresultaten">
        <Heading2 id="zoekresultaten">{t('search.resultsHeading')}</Heading2>
        {/* A status region: after searching, screen readers hear how many persons were found. */}
        <div role="status">
          {results && <Paragraph>{t('search.resultCount', { count: results.persons.length })}</Paragraph>}
          {results?.truncated && <Paragraph>{t('search.truncated')}</Paragraph>}
        </div>
        {results && results.persons.length > 0 && (
          <div className="eenloket-table-wrapper">
            <Table>
              <TableCaption>{t('search.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('person.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('person.birthDate')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('person.address')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('person.bsn')}</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <span className="eenloket-visually-hidden">{t('search.openFile')}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {results.persons.map((person) => (
                  <TableRow key={person.bsn}>
                    <TableHeaderCell scope="row">{person.name.full}</TableHeaderCell>
                    <TableCell>{formatDate(person.birthDate)}</TableCell>
                    <TableCell>{person.address ? formatAddress(person.address) : t('person.noAddress')}</TableCell>
                    <TableCell>{person.bsn}</TableCell>
                    <TableCell>
                      <Button appearance="secondary-action-button" aria-label={t('search.openFileOf', { name: person.name.full })} onClick={() => open(person, results.purpose)}>
                        {t('search.openFile')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}
