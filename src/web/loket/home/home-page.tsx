import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../shared/api/api-client';
import type { MyData } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { BusinessesTable } from '../../shared/components/businesses-table';
import { HouseholdTable } from '../../shared/components/household-table';
import { PersonDetails } from '../../shared/components/person-details';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import { buttonLinkClass } from '../button-link';
import { AccessLog } from './access-log';
import { LogoutEverywhere } from './logout-everywhere';

export function HomePage() {
  const { t } = useTranslation();
  const { principal } = useSession();
  const me = useApi((signal) => api.get<MyData>('/api/loket/me', { signal }));

  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.heading', { name: principal?.displayName ?? '' })}</PageHeading>
      <Paragraph appearance="lead">{t('home.intro')}</Paragraph>

      <section className="eenloket-section eenloket-card" aria-labelledby="iets-aanvragen">
        <Heading2 id="iets-aanvragen">{t('homeApply.heading')}</Heading2>
        <Paragraph>{t('homeApply.intro')}</Paragraph>
        <div className="eenloket-actions">
          <Link to="/regelingen" className={buttonLinkClass('primary')}>
            {t('homeApply.regelingen')}
          </Link>
          <Link to="/aanvragen" className="utrecht-link utrecht-link--html-a">
            {t('homeApply.applications')}
          </Link>
        </div>
      </section>

      <section className="eenloket-section" aria-labelledby="mijn-gegevens">
        <Heading2 id="mijn-gegevens">{t('home.myData')}</Heading2>
        {me.loading && <Loading />}
        {me.error && <ErrorAlert error={me.error} />}
        {me.data && (me.data.person ? <PersonDetails person={me.data.person} /> : <Paragraph>{t('home.noPerson')}</Paragraph>)}
      </section>

      {me.data?.person && (
        <>
          <section className="eenloket-section" aria-labelledby="mijn-huishouden">
            <Heading2 id="mijn-huishouden">{t('home.household')}</Heading2>
            {me.data.household.some((m) => m.relation !== 'self') ? (
              <>
                <Paragraph>{t('home.householdIntro')}</Paragraph>
                <HouseholdTable members={me.data.household} caption={t('home.householdCaption')} />
              </>
            ) : (
              <Paragraph>{t('home.noHousehold')}</Paragraph>
            )}
          </section>

          <section className="eenloket-section" aria-labelledby="mijn-bedrijven">
            <Heading2 id="mijn-bedrijven">{t('home.businesses')}</Heading2>
            {me.data.businesses.length > 0 ? (
              <>
                <Paragraph>{t('home.businessesIntro')}</Paragraph>
                <BusinessesTable businesses={me.data.businesses} caption={t('home.businessesCaption')} />
              </>
            ) : (
              <Paragraph>{t('home.noBusinesses')}</Paragraph>
            )}
          </section>
        </>
      )}

      <AccessLog />
      <LogoutEverywhere />
    </>
  );
}
