import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import type { ReviewRecorded, ReviewVerdict, StaffDecision } from '../../shared/api/assessment-types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { RadioGroup, TextareaField } from '../../shared/forms/fields';
import type { Message } from '../../shared/forms/form-errors';
import { useFormErrors } from '../../shared/forms/use-form-errors';

const fields = {
  verdict: { id: 'controle-oordeel', label: 'review.verdict' },
  note: { id: 'controle-opmerking', label: 'review.note' },
};

/**
 * A kwaliteitsmedewerker's verdict on a sampled automatic grant, recorded once: "akkoord", or
 * "onjuist" with a note (the server requires it too). Correcting the grant is a new decision.
 */
export function ReviewForm(props: { decision: StaffDecision; onReviewed: (review: NonNullable<StaffDecision['review']>) => void }) {
  const { t } = useTranslation();
  const form = useFormErrors(fields);
  const [verdict, setVerdict] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = note.trim();
    const checks: Record<string, Message | undefined> = {
      verdict: verdict ? undefined : { key: 'form.chooseOne' },
      note: verdict === 'onjuist' && text.length < 5 ? { key: 'review.noteRequired' } : undefined,
    };
    if (!form.check(checks)) return;
    setBusy(true);
    try {
      const recorded = await api.post<ReviewRecorded>(`/api/werkplek/reviews/${props.decision.id}`, { verdict, note: text });
      // The reviewer's id is not needed on screen; the server recorded it with the review.
      props.onReviewed({ verdict: recorded.verdict, note: text, reviewedBy: '', reviewedAt: recorded.reviewedAt });
    } catch (error) {
      form.showError(error);
      setBusy(false);
    }
  };

  return (
    <form className="eenloket-form eenloket-card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="controle-formulier">
      <Heading3 id="controle-formulier">{t('review.formHeading')}</Heading3>
      <ErrorSummary {...form.summary} />
      <RadioGroup
        id={fields.verdict.id}
        name="verdict"
        legend={t('review.verdict')}
        error={form.fieldError('verdict')}
        options={(['akkoord', 'onjuist'] as ReviewVerdict[]).map((v) => ({ value: v, label: t(`review.verdicts.${v}`) }))}
        value={verdict}
        onChange={setVerdict}
      />
      <TextareaField
        id={fields.note.id}
        name="note"
        label={t('review.note')}
        description={t('review.noteHelp')}
        rows={4}
        maxLength={4000}
        optional={verdict !== 'onjuist'}
        error={form.fieldError('note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {t('review.submit')}
      </Button>
    </form>
  );
}
