import { useTranslation } from 'react-i18next';
import { pick } from '../../shared/api/problem';
import type { QueueProposal } from '../../shared/api/assessment-types';

/** The newest assessment in the queue: the proposal in words and its first reason (a model text, never personal data). */
export function QueueProposalCell(props: { proposal: QueueProposal }) {
  const { i18n } = useTranslation();
  const { proposal } = props;
  return (
    <>
      <strong>{pick(proposal.text, i18n.language)}</strong>
      {proposal.reason && (
        <>
          <br />
          {proposal.reason}
        </>
      )}
    </>
  );
}
