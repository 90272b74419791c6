import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { pick } from '../../shared/api/problem';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { formatLongDate } from '../../shared/format/format-text';
import { PageHeading } from '../../shared/layout/page-heading';
import type { FormData } from '../../shared/rjsf/form-model';
import { AnswersSummary } from './answers-summary';
import { DecisionSection } from './decision-section';
import { DocumentList } from './document-upload';
import { ExtensionAction } from './extension-action';
import { TaskList } from './task-list';
import { Timeline } from './timeline';
import { applicationPath, useApplication } from './use-application';

/** /aanvragen/:id/status — the decision once taken, the timeline, the decision date (and whether it stands still), questions to answer. */
export function StatusPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const { application, form } = useApplication(id);
  if (application.error) return <ErrorAlert error={application.error} />;
  if (!application.data || !form.data) return <Loading />;
  const a = application.data;
  const lang = i18n.language;
  const name = pick(a.regeling.name, lang);
  const openTasks = a.tasks.filter((task) => task.status === 'open').length;
  const cosigned = (location.state as { cosigned?: boolean } | null)?.cosigned;

  return (
    <>
      <PageHeading title={t('status.title', { regeling: name })}>{name}</PageHeading>
      {cosigned && (
        <Alert type="ok">
          <Paragraph>{t('cosign.done')}</Paragraph>
        </Alert>
      )}
      <Paragraph appearance="lead">
        {a.reference ? t('status.reference', { reference: a.reference }) : t('status.noReference')} · {t(`applicationStatus.${a.status}`)}
      </Paragraph>
      {a.status === 'concept' && a.role === 'applicant' && (
        <Paragraph>
          <Link to={applicationPath(id)} className="utrecht-link utrecht-link--html-a">
            {t('status.continueDraft')}
          </Link>
        </Paragraph>
      )}

      {a.outcome && <DecisionSection application={a} outcome={a.outcome} />}

      <section className="eenloket-section" aria-labelledby="voortgang">
        <Heading2 id="voortgang">{t('status.progress')}</Heading2>
        <Timeline application={a} />
        {a.submittedAt && <Paragraph>{t('status.submittedOn', { date: formatLongDate(a.submittedAt, lang) })}</Paragraph>}
        {a.status === 'medeondertekening' && <Paragraph>{t(a.role === 'cosigner' ? 'status.waitingForYou' : 'status.waitingForPartner')}</Paragraph>}
        {a.decisionDue && a.status !== 'besluit' && <Paragraph>{t('status.decisionDue', { date: formatLongDate(a.decisionDue, lang) })}</Paragraph>}
        {a.suspendedSince && (
          <Alert type="warning">
            <Paragraph>{t('status.suspended', { date: formatLongDate(a.suspendedSince, lang) })}</Paragraph>
          </Alert>
        )}
      </section>

      <section className="eenloket-section" aria-labelledby="vragen">
        <Heading2 id="vragen">{t('tasks.heading', { count: openTasks })}</Heading2>
        <TaskList application={a} canAnswer={a.role === 'applicant'} onAnswered={application.reload} />
      </section>

      <ExtensionAction application={a} />

      <section className="eenloket-section" aria-labelledby="documenten">
        <Heading2 id="documenten">{t('status.documents')}</Heading2>
        {a.documents.length ? <DocumentList documents={a.documents} applicationId={id} caption={t('status.documents')} /> : <Paragraph>{t('summary.noDocuments')}</Paragraph>}
      </section>

      <section className="eenloket-section" aria-labelledby="antwoorden">
        <Heading2 id="antwoorden">{t('status.answers')}</Heading2>
        <details className="eenloket-details">
          <summary>{t('status.showAnswers')}</summary>
          <AnswersSummary form={form.data} data={a.data as FormData} documents={[]} applicationId={id} level={3} showDocuments={false} />
        </details>
      </section>
    </>
  );
}
