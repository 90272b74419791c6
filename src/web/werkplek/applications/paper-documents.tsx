import { Button, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, FormLabel, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import type { ApplicationDocument, RegelingForm, StaffApplication } from '../../shared/api/types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { evidenceTitle, fileDescription } from './application-documents';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPTED = /\.(pdf|jpe?g|png)$/i;

export interface EvidenceSlot {
  id: string;
  title: string;
  help: string;
  required: boolean;
  maxFiles: number;
}

/** The documents a paper application needs: the scan of the signed form first, then the form's evidence. */
export function evidenceSlots(application: StaffApplication, form: RegelingForm, t: TFunction): EvidenceSlot[] {
  return [
    { id: 'scan', title: evidenceTitle(form, 'scan', t), help: t('applications.paper.scanHelp'), required: true, maxFiles: 5 },
    ...form.evidence.map((e) => ({ id: e.id, title: e.title, help: e.help, required: application.requiredEvidence.includes(e.id), maxFiles: e.maxFiles })),
  ];
}

/** One upload per evidence kind (PDF, JPG or PNG, at most 10 MB), with the files added so far. */
export function PaperDocuments(props: { application: StaffApplication; slots: EvidenceSlot[]; onChange: (documents: ApplicationDocument[]) => void }) {
  return (
    <>
      {props.slots.map((slot) => (
        <EvidenceUpload key={slot.id} application={props.application} slot={slot} onChange={props.onChange} />
      ))}
    </>
  );
}

function EvidenceUpload(props: { application: StaffApplication; slot: EvidenceSlot; onChange: (documents: ApplicationDocument[]) => void }) {
  const { t } = useTranslation();
  const { application, slot } = props;
  const inputId = `bestand-${slot.id}`;
  const fields = { file: { id: inputId, label: 'applications.paper.file' }, evidenceId: { id: inputId, label: 'applications.paper.file' } };
  const form = useFormErrors(fields);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const documents = application.documents.filter((d) => d.evidenceId === slot.id);
  const base = `/api/werkplek/applications/${application.id}/documents`;
  const error = form.fieldError('file') ?? form.fieldError('evidenceId');

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    // The same limits the server applies, so a wrong file is caught before it is sent.
    const problem = !file
      ? { key: 'applications.paper.chooseFile' }
      : file.size > MAX_BYTES
        ? { key: 'applications.paper.tooLarge' }
        : !ACCEPTED.test(file.name)
          ? { key: 'applications.paper.wrongType' }
          : undefined;
    if (!form.check({ file: problem }) || !file) return;
    setBusy(true);
    const body = new FormData();
    // The server reads the fields before the file.
    body.append('evidenceId', slot.id);
    body.append('file', file);
    try {
      const added = await api.upload<ApplicationDocument>(base, body);
      props.onChange([...application.documents, added]);
      if (input.current) input.current.value = '';
    } catch (e) {
      form.showError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (document: ApplicationDocument) => {
    try {
      await api.delete(`${base}/${document.id}`);
      props.onChange(application.documents.filter((d) => d.id !== document.id));
    } catch (e) {
      form.showError(e);
    }
  };

  return (
    <form className="eenloket-form eenloket-card" noValidate onSubmit={(e) => void upload(e)} aria-label={slot.title}>
      <ErrorSummary {...form.summary} />
      <Fieldset invalid={Boolean(error)}>
        <FieldsetLegend>
          {slot.title} {!slot.required && <span className="eenloket-optional">{t('form.optional')}</span>}
        </FieldsetLegend>
        <FormFieldDescription id={`${inputId}-uitleg`}>{slot.help}</FormFieldDescription>
        {documents.length > 0 && (
          <UnorderedList>
            {documents.map((d) => (
              <UnorderedListItem key={d.id}>
                {d.fileName} ({fileDescription(d)}){' '}
                <Button appearance="subtle-button" aria-label={t('applications.paper.removeFile', { name: d.fileName })} onClick={() => void remove(d)}>
                  {t('applications.paper.remove')}
                </Button>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        {documents.length < slot.maxFiles ? (
          <>
            <FormLabel htmlFor={inputId}>{t('applications.paper.file')}</FormLabel>
            {error && <FormFieldErrorMessage id={`${inputId}-fout`}>{error}</FormFieldErrorMessage>}
            <div className="utrecht-form-field__input">
              <input ref={input} id={inputId} type="file" className="eenloket-file-input" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-describedby={[`${inputId}-uitleg`, error ? `${inputId}-fout` : ''].filter(Boolean).join(' ')} aria-invalid={error ? true : undefined} />
            </div>
            <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
              {t('applications.paper.add')}
            </Button>
          </>
        ) : (
          <Paragraph>{t('applications.paper.maxReached')}</Paragraph>
        )}
      </Fieldset>
    </form>
  );
}
