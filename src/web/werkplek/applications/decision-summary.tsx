import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffDecision } from '../../shared/api/assessment-types';
import type { StaffApplication } from '../../shared/api/types';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { formatAmount } from '../../shared/format/format-text';
import type { Message } from '../../shared/forms/form-errors';
import { useSession } from '../../shared/session/session-context';
import { Notice } from '../notice';
import { can } from '../permissions';
import { ReviewForm } from '../reviews/review-form';
import { DecisionForm } from './decision-form';

/**
 * "Besluit": the decision once taken (automatic or a person's, with the motivation and, for a
 * sampled grant, the review), or the decision form for whoever may decide while none exists.
 */
export function DecisionSection(props: { application: StaffApplication; onChange: (next: StaffApplication) => void }) {
  const { t } = useTranslation();
  const { principal } = useSession();
  const { application } = props;
  const { decision } = application;
  // The form is gone once it has done its work; the notice says it worked.
  const [notice, setNotice] = useState<Message | undefined>();
  const decidable = application.status === 'ontvangen' || application.status === 'in-behandeling';
  if (!decision && !(decidable && can(principal, 'applicationDecide'))) return null;
  return (
    <section className="eenloket-section" aria-labelledby="aanvraag-besluit">
      <Heading2 id="aanvraag-besluit">{t('decision.heading')}</Heading2>
      <Notice message={notice} />
      {decision ? (
        <>
          <DecisionFacts decision={decision} />
          {decision.sampledForReview && !decision.review && can(principal, 'decisionReview') && (
            <ReviewForm decision={decision} onReviewed={(review) => {
                setNotice({ key: 'review.done' });
                props.onChange({ ...application, decision: { ...decision, review } });
              }} />
          )}
        </>
      ) : (
        <DecisionForm
          application={application}
          onDecided={(next) => {
            setNotice({ key: 'decision.done' });
            props.onChange(next);
          }}
        />
      )}
    </section>
  );
}

function DecisionFacts(props: { decision: StaffDecision }) {
  const { t } = useTranslation();
  const d = props.decision;
  const rows: [string, ReactNode][] = [[t('decision.outcome'), t(`decision.outcomeDone.${d.outcome}`)]];
  if (d.amount !== null) rows.push([t('assessment.amount'), formatAmount(d.amount)]);
  if (d.period) rows.push([t('assessment.period'), t('assessment.periodValue', { from: formatDate(d.period.from), to: formatDate(d.period.to) })]);
  rows.push([t('decision.decidedAt'), formatDateTime(d.decidedAt)]);
  rows.push([t('decision.by'), t(d.automatic ? 'decision.automatic' : 'decision.person')]);
  if (d.motivation) rows.push([t('decision.motivation'), d.motivation]);
  if (d.sampledForReview) {
    rows.push([t('decision.sampled'), t('decision.sampledYes')]);
    rows.push([
      t('decision.reviewHeading'),
      d.review ? (
        <>
          {t('decision.reviewResult', { verdict: t(`review.verdictDone.${d.review.verdict}`), date: formatDateTime(d.review.reviewedAt) })}
          {d.review.note && <Paragraph>{t('decision.reviewNote')}: {d.review.note}</Paragraph>}
        </>
      ) : (
        t('decision.reviewNone')
      ),
    ]);
  }
  return (
    <DataList>
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue multiline>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
