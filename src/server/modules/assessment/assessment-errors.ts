import { DomainError, notFound } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';

export const alreadyDecided = () =>
  new DomainError('conflict', 'decision.already_decided', text('Over deze aanvraag is al een besluit genomen.', 'A decision has already been taken on this application.'));

export const notDecidable = () =>
  new DomainError(
    'conflict',
    'decision.invalid_status',
    text('Over deze aanvraag kunt u nu geen besluit nemen. Staat er een vraag open bij de inwoner? Wacht dan op het antwoord.', 'You cannot decide on this application now. Is a question to the resident still open? Then wait for the answer.'),
  );

export const notAssessable = () =>
  new DomainError('conflict', 'assessment.invalid_status', text('Deze aanvraag kan nu niet opnieuw worden beoordeeld.', 'This application cannot be assessed again now.'));

export const reviewNotFound = () => notFound('review.not_found', text('Dit besluit staat niet in de steekproef.', 'This decision is not in the review sample.'));

export const alreadyReviewed = () => new DomainError('conflict', 'review.already_reviewed', text('Dit besluit is al gecontroleerd.', 'This decision has already been reviewed.'));
