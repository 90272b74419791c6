import { DomainError, notFound } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';

// Not found is also the answer for someone else's application: its existence is not revealed.
export const applicationNotFound = () => notFound('application.not_found', text('Deze aanvraag bestaat niet.', 'This application does not exist.'));

export const notADraft = () =>
  new DomainError('conflict', 'application.not_a_draft', text('Deze aanvraag is al verstuurd en kan niet meer worden gewijzigd.', 'This application has been sent and can no longer be changed.'));

export const staleRevision = () =>
  new DomainError(
    'conflict',
    'application.stale_revision',
    text('Deze aanvraag is intussen ergens anders gewijzigd. Laad de pagina opnieuw; er gaat niets verloren.', 'This application was changed elsewhere in the meantime. Reload the page; nothing is lost.'),
  );

export const regelingClosed = () =>
  new DomainError('conflict', 'application.regeling_closed', text('Deze regeling staat niet open voor aanvragen.', 'This scheme is not open for applications.'));

export const invalidStatus = (nl: string, en: string) => new DomainError('conflict', 'application.invalid_status', text(nl, en));
