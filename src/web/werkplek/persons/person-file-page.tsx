import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../../shared/api/api-client';
import type { ContactMoment, PersonFile } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { BusinessesTable } from '../../shared/components/businesses-table';
import { HouseholdTable } from '../../shared/components/household-table';
import { PersonDetails } from '../../shared/components/person-details';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import { ContactMomentForm } from '../contact-moments/contact-moment-form';
import { ContactMomentsTable } from '../contact-moments/contact-moments-table';
import { can } from '../permissions';
import { readPersonFileState, type PersonFileState } from './person-file-state';

/** A person's file. The BSN and purpose come from history state; a reload keeps them, a shared link does not. */
export function PersonFilePage() {
  const location = useLocation();
  const state = readPersonFileState(location.state);
  return state ? <PersonFileView state={state} /> : <NoPersonChosen />;
}

function NoPersonChosen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('file.title')}>{t('file.missingHeading')}</PageHeading>
      <Paragraph>{t('file.missing')}</Paragraph>
      <Paragraph>
        <Link to="/personen" className="utrecht-link utrecht-link--html-a">
          {t('file.searchAgain')}
        </Link>
      </Paragraph>
    </>
  );
}

function PersonFileView({ state }: { state: PersonFileState }) {
  const { t } = useTranslation();
  const { principal } = useSession();
  const file = useApi((signal) => api.post<PersonFile>('/api/werkplek/persons/file', state, { signal }), `${state.bsn}:${state.purpose}`);
  // Contact moments registered on this page; shown without reloading the file (a reload is another recorded read).
  const [added, setAdded] = useState<ContactMoment[]>([]);

  if (file.loading) {
    return (
      <>
        <PageHeading title={t('file.title')}>{t('file.missingHeading')}</PageHeading>
        <Loading />
      </>
    );
  }
  if (!file.data) {
    return (
      <>
        <PageHeading title={t('file.title')}>{t('file.missingHeading')}</PageHeading>
        {file.error && <ErrorAlert error={file.error} />}
        <Paragraph>
          <Link to="/personen" className="utrecht-link utrecht-link--html-a">
            {t('file.searchAgain')}
          </Link>
        </Paragraph>
      </>
    );
  }

  const { person, household, businesses, contactMoments, registrySource } = file.data;
  const others = household.filter((m) => m.relation !== 'self');
  return (
    <>
      <PageHeading title={`${t('file.title')}: ${person.name.full}`}>{t('file.heading', { name: person.name.full })}</PageHeading>
      <Paragraph className="eenloket-notice">{t('file.purposeShown', { purpose: t(`purpose.${state.purpose}`) })}</Paragraph>

      <section className="eenloket-section" aria-labelledby="dossier-persoon">
        <Heading2 id="dossier-persoon">{t('file.person')}</Heading2>
        <PersonDetails person={person} />
        <Paragraph appearance="small">{t('file.source', { source: registrySource })}</Paragraph>
      </section>

      <section className="eenloket-section" aria-labelledby="dossier-huishouden">
        <Heading2 id="dossier-huishouden">{t('file.household')}</Heading2>
        {others.length > 0 ? <HouseholdTable members={household} caption={t('file.householdCaption')} showBsn /> : <Paragraph>{t('file.noHousehold')}</Paragraph>}
      </section>

      <section className="eenloket-section" aria-labelledby="dossier-bedrijven">
        <Heading2 id="dossier-bedrijven">{t('file.businesses')}</Heading2>
        {businesses.length > 0 ? <BusinessesTable businesses={businesses} caption={t('file.businessesCaption')} /> : <Paragraph>{t('file.noBusinesses')}</Paragraph>}
      </section>

      <section className="eenloket-section" aria-labelledby="dossier-contactmomenten">
        <Heading2 id="dossier-contactmomenten">{t('file.contactMoments')}</Heading2>
        <ContactMomentsTable contactMoments={[...added, ...contactMoments]} />
        {can(principal, 'contactMomentCreate') && (
          <ContactMomentForm bsn={person.bsn} onSaved={(cm) => setAdded((list) => [cm, ...list])} />
        )}
      </section>
    </>
  );
}
