import { Button, FormField, FormFieldErrorMessage, FormLabel, Heading3, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import { ApiError, pick } from '../../shared/api/problem';
import type { Application, ApplicationDocument, ApplicationTask } from '../../shared/api/types';
import { formatLongDate } from '../../shared/format/format-text';
import { DocumentList, DocumentUpload } from './document-upload';

/** Questions from the municipality: answer in words, add documents, or both. */
export function TaskList(props: { application: Application; canAnswer: boolean; onAnswered: () => void }) {
  const { t } = useTranslation();
  const tasks = props.application.tasks;
  if (tasks.length === 0) return <Paragraph>{t('tasks.none')}</Paragraph>;
  const open = tasks.filter((task) => task.status === 'open');
  const closed = tasks.filter((task) => task.status !== 'open');
  return (
    <>
      {open.map((task, i) => (
        <TaskForm key={task.id} task={task} number={i + 1} application={props.application} canAnswer={props.canAnswer} onAnswered={props.onAnswered} />
      ))}
      {closed.map((task) => (
        <AnsweredTask key={task.id} task={task} application={props.application} />
      ))}
    </>
  );
}

function TaskForm(props: { task: ApplicationTask; number: number; application: Application; canAnswer: boolean; onAnswered: () => void }) {
  const { t, i18n } = useTranslation();
  const { task, application } = props;
  const [answer, setAnswer] = useState('');
  const [documents, setDocuments] = useState<ApplicationDocument[]>(application.documents.filter((d) => d.taskId === task.id));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const base = `vraag-${task.id}`;

  const send = async () => {
    if (!answer.trim() && documents.length === 0) {
      setError(t('tasks.empty'));
      document.getElementById(`${base}-antwoord`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.post(`/api/loket/applications/${application.id}/tasks/${task.id}/answer`, { answer });
      props.onAnswered();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(pick(e.problem.invalidParams?.[0]?.messages ?? e.problem.messages, i18n.language));
      setBusy(false);
    }
  };

  return (
    <section className="eenloket-card eenloket-task" aria-labelledby={`${base}-titel`}>
      <Heading3 id={`${base}-titel`}>{t('tasks.questionNumber', { number: props.number })}</Heading3>
      <Paragraph id={`${base}-vraag`} className="eenloket-task__question">
        {task.question}
      </Paragraph>
      <Paragraph>{t('tasks.due', { date: formatLongDate(task.dueDate, i18n.language) })}</Paragraph>
      {props.canAnswer ? (
        <>
          <FormField invalid={Boolean(error)}>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={`${base}-antwoord`}>{t('tasks.answerLabel')}</FormLabel>
            </div>
            {error && (
              <FormFieldErrorMessage id={`${base}-fout`} className="utrecht-form-field__error-message" role="alert">
                {error}
              </FormFieldErrorMessage>
            )}
            <div className="utrecht-form-field__input">
              <Textarea
                id={`${base}-antwoord`}
                rows={5}
                maxLength={4000}
                value={answer}
                invalid={Boolean(error)}
                aria-invalid={error ? true : undefined}
                aria-describedby={[`${base}-vraag`, error ? `${base}-fout` : ''].filter(Boolean).join(' ')}
                onChange={(e) => setAnswer(e.target.value)}
              />
            </div>
          </FormField>
          <DocumentList documents={documents} applicationId={application.id} caption={t('tasks.documentsCaption')} />
          <DocumentUpload id={`${base}-bestand`} label={t('tasks.addDocument')} applicationId={application.id} target={{ taskId: task.id }} describedBy={`${base}-vraag`} onUploaded={(d) => setDocuments((list) => [...list, d])} />
          <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void send()}>
            {t('tasks.send')}
          </Button>
        </>
      ) : (
        <Paragraph>{t('tasks.applicantAnswers')}</Paragraph>
      )}
    </section>
  );
}

function AnsweredTask(props: { task: ApplicationTask; application: Application }) {
  const { t, i18n } = useTranslation();
  const { task } = props;
  const documents = props.application.documents.filter((d) => d.taskId === task.id);
  return (
    <section className="eenloket-card eenloket-task" aria-labelledby={`vraag-${task.id}-titel`}>
      <Heading3 id={`vraag-${task.id}-titel`}>{task.question}</Heading3>
      <Paragraph>{task.answeredAt ? t('tasks.answeredOn', { date: formatLongDate(task.answeredAt, i18n.language) }) : t(`tasks.status.${task.status === 'vervallen' ? 'vervallen' : 'beantwoord'}`)}</Paragraph>
      {task.answer && <Paragraph className="eenloket-task__answer">{task.answer}</Paragraph>}
      <DocumentList documents={documents} applicationId={props.application.id} caption={t('tasks.documentsCaption')} />
    </section>
  );
}
