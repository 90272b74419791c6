import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import { channels, type Channel, type ContactMoment, type ContactStatus } from '../../shared/api/types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { RadioGroup, SelectField, TextareaField, TextField } from '../../shared/forms/fields';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useSession } from '../../shared/session/session-context';

const fields = {
  channel: { id: 'cm-kanaal', label: 'contact.channel' },
  topic: { id: 'cm-onderwerp', label: 'contact.topic' },
  summary: { id: 'cm-samenvatting', label: 'contact.summary' },
  status: { id: 'cm-status', label: 'contact.status' },
};
const empty = { channel: 'telefoon' as Channel, topic: '', summary: '', status: 'open' as ContactStatus };

/** Registers a contact moment with the person whose file is open (consulent, teamleider). */
export function ContactMomentForm(props: { bsn: string; onSaved: (cm: ContactMoment) => void }) {
  const { t } = useTranslation();
  const { principal } = useSession();
  const form = useFormErrors(fields);
  const [values, setValues] = useState(empty);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const topic = values.topic.trim();
    const summary = values.summary.trim();
    const ok = form.check({
      topic: !topic ? { key: 'form.required' } : topic.length < 3 ? { key: 'contact.topicShort' } : undefined,
      summary: summary ? undefined : { key: 'form.required' },
    });
    if (!ok) return;
    setBusy(true);
    try {
      const body = { bsn: props.bsn, channel: values.channel, topic, summary, status: values.status };
      const { id } = await api.post<{ id: string }>('/api/werkplek/contact-moments', body);
      props.onSaved({ id, channel: body.channel, topic, summary, status: body.status, registeredAt: new Date().toISOString(), registeredByName: principal?.displayName ?? null, assignedToName: null });
      setValues(empty);
      setSaved(true);
    } catch (error) {
      form.showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="eenloket-form eenloket-card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="cm-formulier">
      <Heading3 id="cm-formulier">{t('contact.formHeading')}</Heading3>
      <ErrorSummary {...form.summary} />
      <div role="status">
        {saved && (
          <Alert type="ok">
            <Paragraph>{t('contact.saved')}</Paragraph>
          </Alert>
        )}
      </div>
      <SelectField
        id={fields.channel.id}
        name="channel"
        label={t('contact.channel')}
        error={form.fieldError('channel')}
        options={channels.map((c) => ({ value: c, label: t(`contact.channels.${c}`) }))}
        value={values.channel}
        onChange={(e) => setValues((v) => ({ ...v, channel: e.target.value as Channel }))}
      />
      <TextField
        id={fields.topic.id}
        name="topic"
        label={t('contact.topic')}
        description={t('contact.topicHelp')}
        maxLength={200}
        error={form.fieldError('topic')}
        value={values.topic}
        onChange={(e) => setValues((v) => ({ ...v, topic: e.target.value }))}
      />
      <TextareaField
        id={fields.summary.id}
        name="summary"
        label={t('contact.summary')}
        description={t('contact.summaryHelp')}
        rows={5}
        maxLength={4000}
        error={form.fieldError('summary')}
        value={values.summary}
        onChange={(e) => setValues((v) => ({ ...v, summary: e.target.value }))}
      />
      <RadioGroup
        id={fields.status.id}
        name="status"
        legend={t('contact.status')}
        error={form.fieldError('status')}
        value={values.status}
        onChange={(status) => setValues((v) => ({ ...v, status: status as ContactStatus }))}
        options={(['open', 'afgehandeld'] as const).map((s) => ({ value: s, label: t(`contact.statuses.${s}`) }))}
      />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {t('contact.submit')}
      </Button>
    </form>
  );
}
