import { Button, Heading2, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import type { ApplicationStatus, ApplicationTask, StaffApplication } from '../../shared/api/types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { TextareaField } from '../../shared/forms/fields';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { useSession } from '../../shared/session/session-context';
import { can } from '../permissions';

/** The questions asked of the applicant, with their answers. */
export function ApplicationTasks(props: { application: StaffApplication; onChange: (next: StaffApplication) => void }) {
  const { t } = useTranslation();
  const { principal } = useSession();
  const { application } = props;
  // A paper applicant answers by post; the staff member enters that answer here.
  const byPost = application.channel === 'papier' && can(principal, 'applicationEnterPaper');
  const open = application.tasks.filter((task) => task.status === 'open');

  return (
    <section className="eenloket-section" aria-labelledby="aanvraag-vragen">
      <Heading2 id="aanvraag-vragen">{t('applications.tasks.heading')}</Heading2>
      {application.tasks.length === 0 ? (
        <Paragraph>{t('applications.tasks.none')}</Paragraph>
      ) : (
        <div className="eenloket-table-wrapper">
          <Table>
            <TableCaption className="eenloket-visually-hidden">{t('applications.tasks.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('applications.tasks.question')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('applications.tasks.requestedAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('applications.tasks.dueDate')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('applications.tasks.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('applications.tasks.answer')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {application.tasks.map((task) => (
                <TableRow key={task.id}>
                  <TableHeaderCell scope="row">{task.question}</TableHeaderCell>
                  <TableCell>{formatDateTime(task.requestedAt)}</TableCell>
                  <TableCell>{formatDate(task.dueDate)}</TableCell>
                  <TableCell>{t(`applications.taskStatuses.${task.status}`, { defaultValue: task.status })}</TableCell>
                  <TableCell>{task.answer ? `${task.answer} (${formatDateTime(task.answeredAt)})` : ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {byPost && open.map((task) => <AnswerByPost key={task.id} application={application} task={task} onChange={props.onChange} />)}
    </section>
  );
}

const fields = { answer: { id: 'post-antwoord', label: 'applications.tasks.postAnswer' } };

function AnswerByPost(props: { application: StaffApplication; task: ApplicationTask; onChange: (next: StaffApplication) => void }) {
  const { t } = useTranslation();
  const form = useFormErrors(fields);
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  const headingId = `post-${props.task.id}`;
  const inputId = `${fields.answer.id}-${props.task.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check({ answer: answer.trim() ? undefined : { key: 'form.required' } })) return;
    setBusy(true);
    try {
      const result = await api.post<{ status: ApplicationStatus; decisionDue: string | null }>(`/api/werkplek/applications/${props.application.id}/tasks/${props.task.id}/answer`, { answer: answer.trim() });
      const now = new Date().toISOString();
      const tasks = props.application.tasks.map((x) => (x.id === props.task.id ? { ...x, status: 'beantwoord', answer: answer.trim(), answeredAt: now } : x));
      const resumed = !tasks.some((x) => x.status === 'open');
      props.onChange({
        ...props.application,
        status: result.status,
        decisionDue: result.decisionDue,
        suspendedSince: resumed ? null : props.application.suspendedSince,
        tasks,
        events: [...props.application.events, { type: 'informatie-ontvangen', occurredAt: now, actorType: 'staff', details: { taskId: props.task.id, termResumed: resumed } }],
      });
    } catch (error) {
      form.showError(error);
      setBusy(false);
    }
  };

  return (
    <form className="eenloket-form eenloket-card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={headingId}>
      <Heading3 id={headingId}>{t('applications.tasks.postHeading', { question: props.task.question })}</Heading3>
      <ErrorSummary {...form.summary} fields={{ answer: { ...fields.answer, id: inputId } }} />
      <TextareaField
        id={inputId}
        name="answer"
        label={t('applications.tasks.postAnswer')}
        description={t('applications.tasks.postAnswerHelp')}
        rows={4}
        maxLength={4000}
        error={form.fieldError('answer')}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
      />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {t('applications.tasks.postSubmit')}
      </Button>
    </form>
  );
}
