import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import type { ApiError, LocalizedText } from '../../shared/api/problem';
import type { ApplicationReceipt, RegelingForm } from '../../shared/api/types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { CheckboxGroup } from '../../shared/forms/fields';
import type { FormErrors } from '../../shared/forms/form-errors';
import { useFormErrors, type FieldRef } from '../../shared/forms/use-form-errors';
import { fieldLabel, fieldSchema, pageSchema } from './answer-labels';
import type { EvidenceSlot } from './paper-documents';

const declarationField = { id: 'papier-verklaring', label: 'applications.paper.declarationLegend' };
const prefix = (label: string, message: LocalizedText): LocalizedText => ({ nl: `${label}: ${message.nl}`, en: `${label}: ${message.en}` });

/**
 * Sends the paper application. Instead of the resident's own declaration, the staff member states
 * that the signed paper form is attached as a scan. The server checks everything again; each
 * problem is listed, a missing document linked to its upload.
 */
export function PaperSubmit(props: { applicationId: string; form: RegelingForm; slots: EvidenceSlot[]; onBack: () => void; onSent: (receipt: ApplicationReceipt) => void }) {
  const { t, i18n } = useTranslation();
  const [fields, setFields] = useState<Record<string, FieldRef>>({ declaration: declarationField });
  const errors = useFormErrors(fields);
  const [declared, setDeclared] = useState(false);
  const [busy, setBusy] = useState(false);

  const toErrors = (error: ApiError): FormErrors => {
    const next: FormErrors = { fields: {}, general: [] };
    const refs: Record<string, FieldRef> = { declaration: declarationField };
    for (const param of error.problem.invalidParams ?? []) {
      const [head = '', ...rest] = param.name.split('.');
      const slot = head === 'evidence' ? props.slots.find((s) => s.id === rest.join('.')) : undefined;
      if (param.name === 'declaration') next.fields.declaration = param.messages;
      else if (slot) {
        refs[param.name] = { id: `bestand-${slot.id}`, label: '', text: slot.title };
        next.fields[param.name] = param.messages;
      } else {
        // An answer on one of the form's steps: named by the step and the question.
        const page = props.form.pages.find((p) => p.id === head);
        const key = rest.join('.');
        const label = page ? [page.title, key && fieldLabel(fieldSchema(pageSchema(props.form.schema, page.id), rest[0] ?? ''), key)].filter(Boolean).join(' – ') : param.name;
        next.general.push(prefix(label, param.messages));
      }
    }
    if (Object.keys(next.fields).length === 0 && next.general.length === 0) next.general.push(error.problem.messages);
    setFields(refs);
    return next;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check({ declaration: declared ? undefined : { key: 'applications.paper.declarationRequired' } })) return;
    setBusy(true);
    try {
      props.onSent(await api.post<ApplicationReceipt>(`/api/werkplek/applications/${props.applicationId}/submit`, { declaration: true, lang: i18n.language.startsWith('en') ? 'en' : 'nl' }));
    } catch (error) {
      errors.showError(error, (e) => toErrors(e));
      setBusy(false);
    }
  };

  return (
    <section className="eenloket-section" aria-labelledby="papier-versturen">
      <Heading2 id="papier-versturen">{t('applications.paper.submitHeading')}</Heading2>
      <Paragraph>{t('applications.paper.submitIntro')}</Paragraph>
      <form className="eenloket-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="papier-versturen">
        <ErrorSummary {...errors.summary} />
        <CheckboxGroup
          id={declarationField.id}
          name="declaration"
          legend={t('applications.paper.declarationLegend')}
          error={errors.fieldError('declaration')}
          values={declared ? ['ja'] : []}
          onChange={(v) => setDeclared(v.includes('ja'))}
          options={[{ value: 'ja', label: t('applications.paper.declaration') }]}
        />
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={props.onBack}>
            {t('applications.paper.previous')}
          </Button>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t('applications.paper.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
