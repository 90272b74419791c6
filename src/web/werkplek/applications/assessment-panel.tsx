import { Alert, Button, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import { ApiError, pick } from '../../shared/api/problem';
import type { StaffAssessment } from '../../shared/api/assessment-types';
import type { StaffApplication } from '../../shared/api/types';
import { ErrorAlert } from '../../shared/components/status';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { formatAmount } from '../../shared/format/format-text';
import { useSession } from '../../shared/session/session-context';
import { can } from '../permissions';
import { Notice } from '../notice';
import { AssessmentInputs } from './assessment-inputs';
import { AssessmentTrace } from './assessment-trace';

/**
 * "Beoordeling": what the newest automatic assessment proposes and why, what it used (inputs with
 * their source, registries with their time, messages) and its trace. For a handover without a
 * proposal, staff who may can run it again.
 */
export function AssessmentPanel(props: { application: StaffApplication }) {
  const { t } = useTranslation();
  const { assessment, decision } = props.application;
  return (
    <section className="eenloket-section" aria-labelledby="aanvraag-beoordeling">
      <Heading2 id="aanvraag-beoordeling">{t('assessment.heading')}</Heading2>
      {assessment ? <AssessmentDetails assessment={assessment} /> : <Paragraph>{t('assessment.none')}</Paragraph>}
      {/* A handover, or a run whose model gave no outcome (an error), may be tried again; a proposal stands. */}
      {!decision && (!assessment || assessment.proposal === null) && <RerunButton application={props.application} />}
    </section>
  );
}

function AssessmentDetails(props: { assessment: StaffAssessment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const a = props.assessment;
  const kind = a.proposal ?? 'handmatig';
  return (
    <>
      <Alert type={a.decided ? 'ok' : kind === 'afwijzen' ? 'warning' : 'info'}>
        <Paragraph>
          <strong>{t(`assessment.proposals.${kind}`)}</strong>
        </Paragraph>
        {a.decided && <Paragraph>{t('assessment.decidedAutomatically')}</Paragraph>}
        {a.handoverReason && <Paragraph>{t(`assessment.handover.${a.handoverReason}`)}</Paragraph>}
        {a.status === 'beoordeeld' && a.proposal === null && <Paragraph>{t('assessment.noOutcome')}</Paragraph>}
      </Alert>
      <Paragraph>{t('assessment.evaluatedAt', { date: formatDateTime(a.evaluatedAt), reference: a.referenceDate ? formatDate(a.referenceDate) : t('common.unknown') })}</Paragraph>

      {a.reasons.length > 0 && (
        <>
          <Heading3>{t('assessment.reasonsHeading')}</Heading3>
          <UnorderedList>
            {a.reasons.map((reason) => (
              <UnorderedListItem key={reason}>{reason}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {a.routeReasons.length > 0 && !a.decided && (
        <>
          <Heading3>{t('assessment.routeHeading')}</Heading3>
          <UnorderedList>
            {a.routeReasons.map((reason) => (
              <UnorderedListItem key={reason.nl}>{pick(reason, lang)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}

      {a.status === 'beoordeeld' && (
        <DataList>
          <DataListItem>
            <DataListKey>{t('assessment.eligible')}</DataListKey>
            <DataListValue>{a.eligible === null ? t('common.unknown') : t(a.eligible ? 'common.yes' : 'common.no')}</DataListValue>
          </DataListItem>
          {a.amount !== null && (
            <DataListItem>
              <DataListKey>{t('assessment.amount')}</DataListKey>
              <DataListValue>{formatAmount(a.amount)}</DataListValue>
            </DataListItem>
          )}
          {a.period && (
            <DataListItem>
              <DataListKey>{t('assessment.period')}</DataListKey>
              <DataListValue>{t('assessment.periodValue', { from: formatDate(a.period.from), to: formatDate(a.period.to) })}</DataListValue>
            </DataListItem>
          )}
          {a.route && (
            <DataListItem>
              <DataListKey>{t('assessment.route')}</DataListKey>
              <DataListValue>{a.route}</DataListValue>
            </DataListItem>
          )}
        </DataList>
      )}

      <AssessmentInputs assessment={a} />

      {a.messages.length > 0 && (
        <>
          <Heading3>{t('assessment.messagesHeading')}</Heading3>
          <UnorderedList>
            {a.messages.map((m, i) => (
              <UnorderedListItem key={i}>
                {t(`assessment.severity.${m.severity}`)}: {m.message} ({m.code})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}

      <AssessmentTrace trace={a.trace} />
      {a.model && <Paragraph>{t('assessment.model', { file: a.model.file, version: a.model.regelingVersion, sha: a.model.sha256?.slice(0, 12) ?? t('common.unknown') })}</Paragraph>}
    </>
  );
}

function RerunButton(props: { application: StaffApplication }) {
  const { t } = useTranslation();
  const { principal } = useSession();
  const [busy, setBusy] = useState(false);
  const [queued, setQueued] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  if (!can(principal, 'assessmentRerun')) return null;

  const rerun = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/api/werkplek/applications/${props.application.id}/assessment/rerun`);
      setQueued(true);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Notice message={queued ? { key: 'assessment.rerunQueued' } : undefined} />
      {error && <ErrorAlert error={error} />}
      <Paragraph>
        <Button appearance="secondary-action-button" busy={busy} disabled={busy || queued} onClick={() => void rerun()}>
          {t('assessment.rerun')}
        </Button>
      </Paragraph>
    </>
  );
}
