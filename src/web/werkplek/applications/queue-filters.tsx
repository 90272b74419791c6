import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import { pick } from '../../shared/api/problem';
import { queueProposalKinds, type QueueProposalKind } from '../../shared/api/assessment-types';
import { applicationStatuses, type ApplicationStatus, type RegelingSummary } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { SelectField } from '../../shared/forms/fields';

export interface QueueFilterValues {
  status: ApplicationStatus | undefined;
  regelingId: string | undefined;
  proposal: QueueProposalKind | undefined;
  page: number;
}

/** Statuses a staff member can filter on; a "concept" in the queue is a paper application still being entered. */
const filterStatuses = applicationStatuses;

/** Filters from the address (?status=&regeling=&voorstel=&pagina=); anything unknown is ignored. */
export function readQueueFilters(params: URLSearchParams): QueueFilterValues {
  const status = params.get('status');
  const page = Number(params.get('pagina'));
  const proposal = params.get('voorstel');
  return {
    status: filterStatuses.includes(status as ApplicationStatus) ? (status as ApplicationStatus) : undefined,
    regelingId: params.get('regeling') || undefined,
    proposal: queueProposalKinds.includes(proposal as QueueProposalKind) ? (proposal as QueueProposalKind) : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
  };
}

export function QueueFilters(props: { filters: QueueFilterValues; onApply: (params: URLSearchParams) => void }) {
  const { t, i18n } = useTranslation();
  const regelingen = useApi((signal) => api.get<RegelingSummary[]>('/api/regelingen', { signal }));
  const [status, setStatus] = useState<string>(props.filters.status ?? '');
  const [regelingId, setRegelingId] = useState(props.filters.regelingId ?? '');
  const [proposal, setProposal] = useState<string>(props.filters.proposal ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A new filter starts at the first page again.
    props.onApply(new URLSearchParams({ ...(status && { status }), ...(regelingId && { regeling: regelingId }), ...(proposal && { voorstel: proposal }) }));
  };

  return (
    <form className="eenloket-form eenloket-filters" noValidate onSubmit={submit} aria-label={t('applications.queue.filters')}>
      <SelectField
        id="filter-status"
        name="status"
        label={t('applications.fields.status')}
        options={[{ value: '', label: t('applications.queue.allOpen') }, ...filterStatuses.map((s) => ({ value: s, label: t(`applications.statuses.${s}`) }))]}
        value={status}
        onChange={(e) => setStatus(e.target.value)}
      />
      <SelectField
        id="filter-regeling"
        name="regeling"
        label={t('applications.fields.regeling')}
        options={[{ value: '', label: t('applications.queue.allRegelingen') }, ...(regelingen.data ?? []).map((r) => ({ value: r.id, label: pick(r.name, i18n.language) }))]}
        value={regelingId}
        onChange={(e) => setRegelingId(e.target.value)}
      />
      <SelectField
        id="filter-voorstel"
        name="voorstel"
        label={t('assessment.queue.filter')}
        options={[{ value: '', label: t('assessment.queue.all') }, ...queueProposalKinds.map((k) => ({ value: k, label: t(`assessment.queue.kinds.${k}`) }))]}
        value={proposal}
        onChange={(e) => setProposal(e.target.value)}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('applications.queue.applyFilters')}
      </Button>
    </form>
  );
}
