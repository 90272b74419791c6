import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import type { ApplicationStatus, StaffApplication } from '../../shared/api/types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { SelectField, TextareaField, TextField } from '../../shared/forms/fields';
import { parseDutchDate, type Message } from '../../shared/forms/form-errors';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { addDays, todayInAmsterdam } from '../../shared/format/calendar';
import { formatDate } from '../../shared/format/format';

/** The usual repair period (hersteltermijn): two weeks is what most municipalities give. */
export const DEFAULT_DUE_DAYS = 14;

const fields = {
  question: { id: 'info-vraag', label: 'applications.request.question' },
  dueDate: { id: 'info-termijn', label: 'applications.request.dueDate' },
  lang: { id: 'info-taal', label: 'applications.request.lang' },
};

/**
 * Asks the applicant for more information. The decision term stands still from today until the
 * answer arrives; the resident gets an email and sees the question in Mijn loket.
 */
export function RequestInformationForm(props: { application: StaffApplication; onSent: (next: StaffApplication) => void }) {
  const { t } = useTranslation();
  const form = useFormErrors(fields);
  const empty = { question: '', dueDate: formatDate(addDays(todayInAmsterdam(), DEFAULT_DUE_DAYS)), lang: 'nl' };
  const [values, setValues] = useState(empty);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const question = values.question.trim();
    const dueDate = parseDutchDate(values.dueDate);
    const tomorrow = addDays(todayInAmsterdam(), 1);
    const checks: Record<string, Message | undefined> = {
      question: !question ? { key: 'form.required' } : question.length < 5 ? { key: 'applications.request.questionShort' } : undefined,
      dueDate: !values.dueDate.trim() ? { key: 'form.required' } : !dueDate ? { key: 'form.dateInvalid' } : dueDate < tomorrow ? { key: 'applications.request.dueTooSoon' } : undefined,
    };
    if (!form.check(checks) || !dueDate) return;
    setBusy(true);
    try {
      const { taskId, status } = await api.post<{ taskId: string; status: ApplicationStatus }>(`/api/werkplek/applications/${props.application.id}/tasks`, { question, dueDate, lang: values.lang });
      const now = new Date().toISOString();
      const { application } = props;
      props.onSent({
        ...application,
        status,
        suspendedSince: application.suspendedSince ?? todayInAmsterdam(),
        tasks: [...application.tasks, { id: taskId, question, requestedAt: now, dueDate, status: 'open', answer: null, answeredAt: null }],
        events: [...application.events, { type: 'informatie-gevraagd', occurredAt: now, actorType: 'staff', details: { taskId, dueDate } }],
      });
      setValues(empty);
      setSent(true);
    } catch (error) {
      form.showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="eenloket-form eenloket-card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="info-formulier">
      <Heading3 id="info-formulier">{t('applications.request.heading')}</Heading3>
      <Paragraph>{t('applications.request.intro')}</Paragraph>
      <ErrorSummary {...form.summary} />
      <div role="status">
        {sent && (
          <Alert type="ok">
            <Paragraph>{t('applications.request.sent')}</Paragraph>
          </Alert>
        )}
      </div>
      <TextareaField
        id={fields.question.id}
        name="question"
        label={t('applications.request.question')}
        description={t('applications.request.questionHelp')}
        rows={5}
        maxLength={2000}
        error={form.fieldError('question')}
        value={values.question}
        onChange={(e) => setValues((v) => ({ ...v, question: e.target.value }))}
      />
      <TextField
        id={fields.dueDate.id}
        name="dueDate"
        label={t('applications.request.dueDate')}
        description={t('applications.request.dueDateHelp', { days: DEFAULT_DUE_DAYS })}
        autoComplete="off"
        size={12}
        error={form.fieldError('dueDate')}
        value={values.dueDate}
        onChange={(e) => setValues((v) => ({ ...v, dueDate: e.target.value }))}
      />
      <SelectField
        id={fields.lang.id}
        name="lang"
        label={t('applications.request.lang')}
        description={t('applications.request.langHelp')}
        error={form.fieldError('lang')}
        options={[
          { value: 'nl', label: t('applications.request.langNl') },
          { value: 'en', label: t('applications.request.langEn') },
        ]}
        value={values.lang}
        onChange={(e) => setValues((v) => ({ ...v, lang: e.target.value }))}
      />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {t('applications.request.submit')}
      </Button>
    </form>
  );
}
