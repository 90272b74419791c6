import { text, type LocalizedText } from '../../shared/localized.js';
import type { queueProposals } from './assessment.schema.js';

export type QueueProposal = (typeof queueProposals)[number];

const texts: Record<QueueProposal, LocalizedText> = {
  wacht: text('Nog niet beoordeeld', 'Not assessed yet'),
  handmatig: text('Beoordelen zonder voorstel', 'Assess without a proposal'),
  toekennen: text('Voorstel: toekennen', 'Proposal: grant'),
  afwijzen: text('Voorstel: afwijzen', 'Proposal: reject'),
};

/** The newest assessment in the work queue's words; the reason is a model text or a handover code, never personal data. */
export function queueProposalOf(kind: QueueProposal, reason: string | null) {
  return { kind, reason: kind === 'wacht' ? null : reason, text: texts[kind] };
}
