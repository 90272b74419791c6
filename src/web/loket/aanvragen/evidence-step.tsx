import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import { ApiError, pick } from '../../shared/api/problem';
import type { ApplicationDocument } from '../../shared/api/types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import type { FormErrors, Message } from '../../shared/forms/form-errors';
import { evidenceRequired } from '../../shared/rjsf/form-model';
import { DocumentList, DocumentUpload } from './document-upload';
import { StepHeader } from './step-header';
import type { WizardState } from './wizard-page';

/**
 * The documents the regeling asks for, each marked required or optional for the answers given. A
 * document whose condition does not apply is not asked for (unless one was already added).
 */
export function EvidenceStep(props: { wizard: WizardState }) {
  const { t, i18n } = useTranslation();
  const { wizard } = props;
  const { form, documents, application } = wizard;
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [focusKey, setFocusKey] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const items = form.evidence
    .map((e) => ({ ...e, isRequired: evidenceRequired(e.required, wizard.data), files: documents.filter((d) => d.evidenceId === e.id) }))
    .filter((e) => e.isRequired || e.required === false || e.files.length > 0);
  const fields = Object.fromEntries(items.map((e) => [`evidence.${e.id}`, { id: `bewijs-${e.id}`, label: '', text: e.title }]));

  const added = (document: ApplicationDocument) => {
    wizard.setDocuments((list) => [...list, document]);
    setErrors((current) => ({ ...current, fields: Object.fromEntries(Object.entries(current.fields).filter(([name]) => name !== `evidence.${document.evidenceId}`)) }));
    setAnnouncement(t('documents.added', { name: document.fileName }));
  };

  const remove = async (doc: ApplicationDocument) => {
    try {
      await api.delete(`/api/loket/applications/${application.id}/documents/${doc.id}`);
      wizard.setDocuments((list) => list.filter((d) => d.id !== doc.id));
      setAnnouncement(t('documents.removed', { name: doc.fileName }));
      // The button is gone: put focus on the file input of the same document.
      window.requestAnimationFrame(() => document.getElementById(`bewijs-${doc.evidenceId}`)?.focus());
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors({ fields: {}, general: [error.problem.messages] });
      setFocusKey((n) => n + 1);
    }
  };

  const next = () => {
    const missing: Record<string, Message> = {};
    for (const item of items) if (item.isRequired && item.files.length === 0) missing[`evidence.${item.id}`] = { key: 'documents.missing' };
    setErrors({ fields: missing, general: [] });
    if (Object.keys(missing).length) setFocusKey((n) => n + 1);
    else wizard.goTo(wizard.steps[wizard.stepIndex + 1]!);
  };

  const fieldError = (name: string) => {
    const message = errors.fields[name];
    return message ? ('key' in message ? t(message.key) : pick(message, i18n.language)) : undefined;
  };

  return (
    <>
      <StepHeader wizard={wizard} title={t('documents.title')} />
      <Paragraph appearance="lead">{t('documents.intro')}</Paragraph>
      <ErrorSummary errors={errors} fields={fields} focusKey={focusKey} />
      <p role="status" className="eenloket-visually-hidden">
        {announcement}
      </p>
      {items.length === 0 && <Paragraph>{t('documents.none')}</Paragraph>}
      {items.map((item) => (
        <section key={item.id} className="eenloket-section eenloket-evidence" aria-labelledby={`bewijs-${item.id}-titel`}>
          <Heading2 id={`bewijs-${item.id}-titel`}>
            {item.title}
            {/* Content sometimes says "(niet verplicht)" in the title already. */}
            {!item.title.includes(t(item.isRequired ? 'documents.required' : 'documents.optional')) && (
              <span className="eenloket-evidence__tag"> {item.isRequired ? t('documents.required') : t('documents.optional')}</span>
            )}
          </Heading2>
          <Paragraph id={`bewijs-${item.id}-uitleg`}>{item.help}</Paragraph>
          <DocumentList documents={item.files} applicationId={application.id} onRemove={(d) => void remove(d)} caption={t('documents.listCaption', { title: item.title })} />
          {item.files.length < item.maxFiles ? (
            <DocumentUpload
              id={`bewijs-${item.id}`}
              label={
                <>
                  {item.files.length ? t('documents.addAnother') : t('documents.add')}
                  <span className="eenloket-visually-hidden">: {item.title}</span>
                </>
              }
              applicationId={application.id}
              target={{ evidenceId: item.id }}
              describedBy={`bewijs-${item.id}-titel bewijs-${item.id}-uitleg`}
              error={fieldError(`evidence.${item.id}`)}
              onUploaded={added}
            />
          ) : (
            <Paragraph>{t('documents.maxReached', { count: item.maxFiles })}</Paragraph>
          )}
        </section>
      ))}
      <ButtonGroup className="eenloket-wizard-buttons">
        <Button type="button" appearance="secondary-action-button" onClick={() => wizard.goTo(wizard.steps[wizard.stepIndex - 1]!)}>
          {t('wizard.previous')}
        </Button>
        <Button type="button" appearance="primary-action-button" onClick={next}>
          {t('wizard.next')}
        </Button>
      </ButtonGroup>
    </>
  );
}
