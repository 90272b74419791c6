import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import type { DecisionOutcome, DecisionTaken } from '../../shared/api/assessment-types';
import type { StaffApplication } from '../../shared/api/types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { RadioGroup, TextareaField, TextField } from '../../shared/forms/fields';
import { parseDutchDate, type Message } from '../../shared/forms/form-errors';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { formatDate } from '../../shared/format/format';
import { parseDutchNumber } from '../../shared/format/format-text';

// Names are the API's field names, so the server's invalidParams ("amount", "period.to",
// "motivation") land on the right field.
const fields = {
  outcome: { id: 'besluit-uitkomst', label: 'decision.outcome' },
  amount: { id: 'besluit-bedrag', label: 'decision.amount' },
  'period.from': { id: 'besluit-vanaf', label: 'decision.periodFrom' },
  'period.to': { id: 'besluit-tot', label: 'decision.periodTo' },
  motivation: { id: 'besluit-motivering', label: 'decision.motivation' },
};

const amountText = (amount: number | null | undefined) => (amount ? String(amount.toFixed(2)).replace('.', ',') : '');

/**
 * A consultant's decision: toekennen (also for less than proposed: a partial grant is a grant with
 * a lower amount) or afwijzen, always with a motivation (Awb 3:46) that the resident reads. The
 * proposal fills it in; the person decides. A rejection is only ever taken here (AVG art. 22).
 */
export function DecisionForm(props: { application: StaffApplication; onDecided: (next: StaffApplication) => void }) {
  const { t } = useTranslation();
  const { application } = props;
  const proposal = application.assessment?.proposal;
  const form = useFormErrors(fields);
  const [values, setValues] = useState({
    outcome: proposal === 'toekennen' ? 'toegekend' : proposal === 'afwijzen' ? 'afgewezen' : '',
    amount: amountText(application.assessment?.amount),
    from: formatDate(application.assessment?.period?.from),
    to: formatDate(application.assessment?.period?.to),
    motivation: '',
  });
  const [busy, setBusy] = useState(false);
  const granting = values.outcome === 'toegekend';
  // Where the model computes an amount the server requires one with a grant (decide-application.ts).
  const amountRequired = application.assessment?.amount !== null && application.assessment?.amount !== undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amount = values.amount.trim() ? parseDutchNumber(values.amount) : undefined;
    const from = values.from.trim() ? parseDutchDate(values.from) : undefined;
    const to = values.to.trim() ? parseDutchDate(values.to) : undefined;
    const motivation = values.motivation.trim();
    const checks: Record<string, Message | undefined> = {
      outcome: values.outcome ? undefined : { key: 'form.chooseOne' },
      amount: !granting ? undefined : values.amount.trim() ? (amount === undefined || amount <= 0 ? { key: 'decision.amountInvalid' } : undefined) : amountRequired ? { key: 'form.required' } : undefined,
      'period.from': granting && values.from.trim() && !from ? { key: 'form.dateInvalid' } : granting && !values.from.trim() && values.to.trim() ? { key: 'decision.periodBoth' } : undefined,
      'period.to':
        granting && values.to.trim() && !to ? { key: 'form.dateInvalid' } : granting && values.from.trim() && !values.to.trim() ? { key: 'decision.periodBoth' } : from && to && to < from ? { key: 'decision.periodReversed' } : undefined,
      motivation: !motivation ? { key: 'form.required' } : motivation.length < 10 ? { key: 'decision.motivationShort' } : undefined,
    };
    if (!form.check(checks)) return;
    const outcome = values.outcome as DecisionOutcome;
    const body = {
      outcome,
      motivation,
      ...(granting && amount !== undefined && { amount }),
      ...(granting && from && to && { period: { from, to } }),
    };
    setBusy(true);
    try {
      const taken = await api.post<DecisionTaken>(`/api/werkplek/applications/${application.id}/decision`, body);
      props.onDecided({
        ...application,
        status: taken.status,
        decision: {
          id: taken.decisionId,
          outcome: taken.outcome,
          amount: taken.amount,
          period: body.period ?? null,
          automatic: false,
          assessmentId: application.assessment?.id ?? null,
          decidedBy: null,
          motivation,
          decidedAt: taken.decidedAt,
          sampledForReview: false,
          review: null,
        },
        events: [...application.events, { type: 'besluit', occurredAt: taken.decidedAt, actorType: 'staff', details: { outcome: taken.outcome, amount: taken.amount, automatic: false } }],
      });
    } catch (error) {
      form.showError(error);
      setBusy(false);
    }
  };

  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  return (
    <form className="eenloket-form eenloket-card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="besluit-formulier">
      <Heading3 id="besluit-formulier">{t('decision.formHeading')}</Heading3>
      <Paragraph>{t('decision.formIntro')}</Paragraph>
      <ErrorSummary {...form.summary} />
      <RadioGroup
        id={fields.outcome.id}
        name="outcome"
        legend={t('decision.outcome')}
        description={t('decision.outcomeHelp')}
        error={form.fieldError('outcome')}
        options={[
          { value: 'toegekend', label: t('decision.outcomes.toegekend') },
          { value: 'afgewezen', label: t('decision.outcomes.afgewezen') },
        ]}
        value={values.outcome}
        onChange={set('outcome')}
      />
      {granting && (
        <>
          <TextField
            id={fields.amount.id}
            name="amount"
            label={t('decision.amount')}
            description={t('decision.amountHelp')}
            inputMode="decimal"
            autoComplete="off"
            size={12}
            optional={!amountRequired}
            error={form.fieldError('amount')}
            value={values.amount}
            onChange={(e) => set('amount')(e.target.value)}
          />
          <TextField
            id={fields['period.from'].id}
            name="periodFrom"
            label={t('decision.periodFrom')}
            description={t('decision.periodHelp')}
            autoComplete="off"
            size={12}
            optional
            error={form.fieldError('period.from')}
            value={values.from}
            onChange={(e) => set('from')(e.target.value)}
          />
          <TextField
            id={fields['period.to'].id}
            name="periodTo"
            label={t('decision.periodTo')}
            description={t('decision.periodHelp')}
            autoComplete="off"
            size={12}
            optional
            error={form.fieldError('period.to')}
            value={values.to}
            onChange={(e) => set('to')(e.target.value)}
          />
        </>
      )}
      <TextareaField
        id={fields.motivation.id}
        name="motivation"
        label={t('decision.motivation')}
        description={t('decision.motivationHelp')}
        rows={5}
        maxLength={4000}
        error={form.fieldError('motivation')}
        value={values.motivation}
        onChange={(e) => set('motivation')(e.target.value)}
      />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {t('decision.submit')}
      </Button>
    </form>
  );
}
