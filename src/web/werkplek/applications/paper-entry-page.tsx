import { Alert, DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../shared/api/api-client';
import { pick } from '../../shared/api/problem';
import type { RegelingForm, StaffApplication } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { formatDate } from '../../shared/format/format';
import { PageHeading } from '../../shared/layout/page-heading';
import { PaperWizard } from './paper-wizard';

/**
 * Entering a paper application: the resident's answers step by step, the scan of the signed form
 * and the evidence, then sending it. Opening the draft is a recorded read, as any application is.
 */
export function PaperEntryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const opened = useApi((signal) => api.post<StaffApplication>(`/api/werkplek/applications/${encodeURIComponent(id)}/open`, {}, { signal }), id);
  const title = t('applications.paper.entryTitle');

  if (!opened.data) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        {opened.loading && <Loading />}
        {opened.error && <ErrorAlert error={opened.error} />}
      </>
    );
  }
  return <PaperEntry key={opened.data.id} opened={opened.data} />;
}

function PaperEntry(props: { opened: StaffApplication }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'nl';
  const [application, setApplication] = useState(props.opened);
  const { regeling } = application;
  const form = useApi(
    (signal) => api.get<RegelingForm>(`/api/regelingen/${encodeURIComponent(regeling.id)}/versions/${regeling.version}/form?lang=${lang}`, { signal }),
    `${regeling.id}:${regeling.version}:${lang}`,
  );
  const title = t('applications.paper.entryHeading', { regeling: pick(regeling.name, i18n.language) });
  const isDraft = application.status === 'concept' && application.channel === 'papier';

  return (
    <>
      <PageHeading title={t('applications.paper.entryTitle')}>{title}</PageHeading>
      <Paragraph className="eenloket-notice">{t('applications.page.recorded')}</Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>{t('applications.page.applicant')}</DataListKey>
          <DataListValue>{`${application.applicant.name ?? t('common.unknown')} (${t('person.bsn')} ${application.applicant.bsn})`}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('applications.paper.startedAt')}</DataListKey>
          <DataListValue>{formatDate(application.createdAt)}</DataListValue>
        </DataListItem>
      </DataList>
      {!isDraft && (
        <Alert type="info">
          <Paragraph>
            {t('applications.paper.alreadySent')}{' '}
            <Link to={`/aanvragen/${application.id}`} className="utrecht-link utrecht-link--html-a">
              {t('applications.paper.toApplication')}
            </Link>
          </Paragraph>
        </Alert>
      )}
      {form.loading && <Loading />}
      {form.error && <ErrorAlert error={form.error} />}
      {isDraft && form.data && <PaperWizard application={application} form={form.data} onChange={setApplication} />}
    </>
  );
}
