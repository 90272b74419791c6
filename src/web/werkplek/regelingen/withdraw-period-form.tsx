import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import type { ParameterPeriod, RegelingParameter } from '../../shared/api/types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { TextareaField } from '../../shared/forms/fields';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { formatParameterValue, formatValidity } from './parameter-format';

const fields = { reason: { id: 'intrekken-reden', label: 'regelingen.withdraw.reason' } };

/**
 * Withdraws a period entered by mistake. It is not deleted: it stays in the database, marked
 * withdrawn, and the reason goes into the audit trail.
 */
export function WithdrawPeriodForm(props: { regelingId: string; parameter: RegelingParameter; period: ParameterPeriod; onCancel: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useFormErrors(fields);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const { parameter, period } = props;

  // The form appears below the table: move focus to it so keyboard and screen reader users land there.
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (!form.check({ reason: !text ? { key: 'form.required' } : text.length < 3 ? { key: 'regelingen.withdraw.reasonShort' } : undefined })) return;
    setBusy(true);
    try {
      await api.post(`/api/werkplek/regelingen/${encodeURIComponent(props.regelingId)}/parameters/${encodeURIComponent(parameter.key)}/periods/${period.id}/withdraw`, { reason: text });
      props.onDone();
    } catch (error) {
      form.showError(error);
      setBusy(false);
    }
  };

  return (
    <section className="eenloket-section" aria-labelledby="periode-intrekken">
      <Heading2 id="periode-intrekken" ref={heading} tabIndex={-1} className="eenloket-page-heading">
        {t('regelingen.withdraw.heading')}
      </Heading2>
      <Paragraph>{t('regelingen.withdraw.intro', { value: formatParameterValue(period.value, parameter.unit, t), validity: formatValidity(period, t) })}</Paragraph>
      <form className="eenloket-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="periode-intrekken">
        <ErrorSummary {...form.summary} />
        <TextareaField
          id={fields.reason.id}
          name="reason"
          label={t('regelingen.withdraw.reason')}
          description={t('regelingen.withdraw.reasonHelp')}
          rows={3}
          maxLength={500}
          error={form.fieldError('reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t('regelingen.withdraw.submit')}
          </Button>
          <Button appearance="secondary-action-button" onClick={props.onCancel}>
            {t('regelingen.withdraw.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
