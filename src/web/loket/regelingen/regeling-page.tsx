import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../shared/api/api-client';
import { pick } from '../../shared/api/problem';
import type { MyApplication, RegelingSummary } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { NotFoundPage } from '../../shared/layout/not-found-page';
import { PageHeading } from '../../shared/layout/page-heading';
import { Precheck } from './precheck';
import { StartApplication } from './start-application';

/** /regelingen/:id — what the regeling is, how long a decision takes, the pre-check, and "Aanvraag starten". */
export function RegelingPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const regelingen = useApi((signal) => api.get<RegelingSummary[]>('/api/regelingen', { signal }));
  const mine = useApi((signal) => api.get<MyApplication[]>('/api/loket/applications', { signal }));
  if (regelingen.error) return <ErrorAlert error={regelingen.error} />;
  if (!regelingen.data) return <Loading />;
  const regeling = regelingen.data.find((r) => r.id === id);
  if (!regeling) return <NotFoundPage />;
  const name = pick(regeling.name, lang);
  const hasDraft = Boolean(mine.data?.some((a) => a.regeling.id === id && a.status === 'concept' && a.role === 'applicant'));
  const version = regeling.currentVersion;

  return (
    <>
      <PageHeading title={name}>{name}</PageHeading>
      <Paragraph appearance="lead">{pick(regeling.summary, lang)}</Paragraph>
      <section className="eenloket-section" aria-labelledby="over">
        <Heading2 id="over">{t('regeling.aboutHeading')}</Heading2>
        <Paragraph>{t('regeling.version', { label: pick(version.label, lang) })}</Paragraph>
        <Paragraph>{t('regeling.term', { count: version.decisionTermWeeks })}</Paragraph>
        {version.cosign === 'partner' && <Paragraph>{t('regeling.cosign')}</Paragraph>}
        <Paragraph>{t('regeling.prefill')}</Paragraph>
        <Paragraph className="eenloket-legal-basis">{t('regeling.legalBasis', { basis: pick(regeling.legalBasis, lang) })}</Paragraph>
      </section>
      {regeling.precheck.questions.length > 0 && <Precheck regeling={regeling} />}
      <section className="eenloket-section" aria-labelledby="aanvragen">
        <Heading2 id="aanvragen">{t('regeling.applyHeading')}</Heading2>
        <Paragraph>{hasDraft ? t('regeling.draftExists') : t('regeling.applyIntro')}</Paragraph>
        <StartApplication regelingId={id} hasDraft={hasDraft} />
      </section>
    </>
  );
}
