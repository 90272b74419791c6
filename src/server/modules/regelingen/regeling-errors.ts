import { DomainError, notFound } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';

export const regelingNotFound = () => notFound('regeling.not_found', text('Deze regeling bestaat niet.', 'This scheme does not exist.'));

export const versionNotFound = () => notFound('regeling.version_not_found', text('Deze versie van de regeling bestaat niet.', 'This version of the scheme does not exist.'));

export const versionNotEditable = () =>
  new DomainError(
    'conflict',
    'regeling.version_not_editable',
    text('Alleen een conceptversie kan worden gewijzigd. Maak een nieuwe versie.', 'Only a draft version can be changed. Create a new version.'),
  );

export const parameterNotFound = () => notFound('regeling.parameter_not_found', text('Deze parameter bestaat niet.', 'This parameter does not exist.'));

export const invalidVersionState = () =>
  new DomainError('conflict', 'regeling.version_not_published', text('Alleen een gepubliceerde versie kan worden ingetrokken.', 'Only a published version can be withdrawn.'));
