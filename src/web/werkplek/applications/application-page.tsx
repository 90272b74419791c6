import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../../shared/api/api-client';
import { pick } from '../../shared/api/problem';
import type { RegelingForm, StaffApplication } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { daysBetween, todayInAmsterdam } from '../../shared/format/calendar';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import { can } from '../permissions';
import type { PersonFileState } from '../persons/person-file-state';
import { ApplicationActions } from './application-actions';
import { ApplicationAnswers } from './application-answers';
import { ApplicationDocuments } from './application-documents';
import { ApplicationTasks } from './application-tasks';
import { ApplicationTimeline } from './application-timeline';
import { AssessmentPanel } from './assessment-panel';
import { DecisionSection } from './decision-summary';
import { Deadline } from './deadline';
import { Notice, noticeFrom } from '../notice';

/** One application. Opening it is a recorded read of the applicant (the server records it). */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const opened = useApi((signal) => api.post<StaffApplication>(`/api/werkplek/applications/${encodeURIComponent(id)}/open`, {}, { signal }), id);

  if (!opened.data) {
    return (
      <>
        <PageHeading title={t('applications.page.title')}>{t('applications.page.title')}</PageHeading>
        {opened.loading && <Loading />}
        {opened.error && <ErrorAlert error={opened.error} />}
        <BackToQueue />
      </>
    );
  }
  return <ApplicationView key={opened.data.id} opened={opened.data} />;
}

function BackToQueue() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <Link to="/aanvragen" className="utrecht-link utrecht-link--html-a">
        {t('applications.page.back')}
      </Link>
    </Paragraph>
  );
}

function ApplicationView(props: { opened: StaffApplication }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'nl';
  const { principal } = useSession();
  const navigate = useNavigate();
  const notice = noticeFrom(useLocation().state);
  // Actions change the application here; loading it again would be another recorded read.
  const [application, setApplication] = useState(props.opened);
  const { regeling } = application;
  const form = useApi(
    (signal) => api.get<RegelingForm>(`/api/regelingen/${encodeURIComponent(regeling.id)}/versions/${regeling.version}/form?lang=${lang}`, { signal }),
    `${regeling.id}:${regeling.version}:${lang}`,
  );
  const title = application.reference ? t('applications.page.heading', { reference: application.reference }) : t('applications.page.draftHeading');
  const daysLeft = application.decisionDue ? daysBetween(todayInAmsterdam(), application.decisionDue) : null;
  const isPaperDraft = application.status === 'concept' && application.channel === 'papier';

  const rows: [string, ReactNode][] = [
    [t('applications.fields.regeling'), `${pick(regeling.name, i18n.language)} (${t('applications.page.version', { version: regeling.version, label: pick(regeling.label, i18n.language) })})`],
    [t('applications.fields.status'), t(`applications.statuses.${application.status}`)],
    [t('applications.fields.channel'), t(`applications.channels.${application.channel}`)],
    [t('applications.fields.submittedAt'), application.submittedAt ? formatDateTime(application.submittedAt) : t('applications.page.notSubmitted')],
    [t('applications.fields.decisionDue'), <Deadline key="due" decisionDue={application.decisionDue} daysLeft={daysLeft} suspended={Boolean(application.suspendedSince)} />],
  ];
  if (application.suspendedSince) rows.push([t('applications.fields.suspendedSince'), t('applications.page.suspendedSince', { date: formatDate(application.suspendedSince) })]);
  if (application.decisionTermWeeks) rows.push([t('applications.fields.decisionTerm'), t('applications.page.weeks', { count: application.decisionTermWeeks })]);

  const openFile = () => {
    const state: PersonFileState = { bsn: application.applicant.bsn, purpose: 'aanvraag' };
    navigate('/personen/dossier', { state });
  };

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <BackToQueue />
      <Notice message={notice} />
      <Paragraph className="eenloket-notice">{t('applications.page.recorded')}</Paragraph>
      <DataList>
        {rows.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>

      <section className="eenloket-section" aria-labelledby="aanvraag-aanvrager">
        <Heading2 id="aanvraag-aanvrager">{t('applications.page.applicant')}</Heading2>
        <DataList>
          <DataListItem>
            <DataListKey>{t('person.name')}</DataListKey>
            <DataListValue>{application.applicant.name ?? t('common.unknown')}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('person.bsn')}</DataListKey>
            <DataListValue>{application.applicant.bsn}</DataListValue>
          </DataListItem>
        </DataList>
        {can(principal, 'personSearch') && (
          <Paragraph>
            <Button appearance="secondary-action-button" onClick={openFile}>
              {t('applications.page.openFile')}
            </Button>
          </Paragraph>
        )}
      </section>

      {isPaperDraft && can(principal, 'applicationEnterPaper') && (
        <Paragraph>
          <Link to={`/aanvragen/${application.id}/invoeren`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
            {t('applications.paper.continue')}
          </Link>
        </Paragraph>
      )}
      {can(principal, 'applicationHandle') && <ApplicationActions application={application} onChange={setApplication} />}
      {application.status !== 'concept' && <AssessmentPanel application={application} />}
      <DecisionSection application={application} onChange={setApplication} />

      {form.error && <ErrorAlert error={form.error} />}
      <ApplicationAnswers application={application} form={form.data} formLoading={form.loading} />
      <ApplicationDocuments application={application} form={form.data} />
      <ApplicationTasks application={application} onChange={setApplication} />
      <ApplicationTimeline events={application.events} />
    </>
  );
}
