import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './app-type.js';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError } from '../shared/errors.js';
import type { FieldError } from '../shared/errors.js';
import { text } from '../shared/localized.js';
import type { LocalizedText } from '../shared/localized.js';
import { buildProblem, negotiateLang, statusByKind } from './problem.js';
import { fieldErrorsFromIssues } from '../shared/validation-messages.js';

/** Maps every error to RFC 9457 problem+json, once, at the edge. */
export function registerErrorHandling(app: App): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      return sendProblem(request, reply, statusByKind[error.kind], error.code, error.messages, error.fieldErrors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = error.validationContext ?? 'body';
      const fieldErrors: FieldError[] = fieldErrorsFromIssues(
        error.validation.map((v) => ({
          ...(v.params as object),
          code: v.keyword,
          path: v.instancePath.split('/').filter(Boolean),
          message: v.message,
        })) as never,
        part === 'body' ? undefined : part,
      );
      return sendProblem(request, reply, 400, 'validation.invalid', invalidText, fieldErrors);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return sendProblem(request, reply, 500, 'internal', internalText);
    }
    const mapped = mapFrameworkError(error);
    if (mapped) return sendProblem(request, reply, mapped.status, mapped.code, mapped.messages);

    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 500, 'internal', internalText);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      404,
      'route.not_found',
      text('Deze pagina of dit adres bestaat niet.', 'This page or address does not exist.'),
    ),
  );
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  messages: LocalizedText,
  fieldErrors: FieldError[] = [],
) {
  const problem = buildProblem({
    status,
    code,
    messages,
    lang: negotiateLang(request),
    instance: request.url.split('?')[0],
    requestId: request.id,
    fieldErrors,
  });
  return reply.status(status).type('application/problem+json; charset=utf-8').send(problem);
}

const invalidText = text('Een of meer velden zijn niet goed ingevuld.', 'One or more fields are not filled in correctly.');
const internalText = text(
  'Er ging iets mis aan onze kant. Probeer het later opnieuw. Uw gegevens zijn niet verloren.',
  'Something went wrong on our side. Please try again later. Your data has not been lost.',
);

function mapFrameworkError(error: FastifyError): { status: number; code: string; messages: LocalizedText } | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        code: 'request.too_large',
        messages: text('Het verzoek is te groot.', 'The request is too large.'),
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        code: 'request.unsupported_media_type',
        messages: text('Stuur de gegevens als JSON (application/json).', 'Send the data as JSON (application/json).'),
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return malformedJson;
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        status: 400,
        code: 'request.invalid_length',
        messages: text('De lengte van het verzoek klopt niet.', 'The request length is not correct.'),
      };
    case 'FST_ERR_RATE_LIMITED':
      return tooMany;
  }
  if (error instanceof SyntaxError && error.statusCode === 400) return malformedJson;
  if (error.statusCode === 429) return tooMany;
  if (error.statusCode === 405) {
    return { status: 405, code: 'request.method_not_allowed', messages: text('Deze methode mag hier niet.', 'This method is not allowed here.') };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, code: 'request.invalid', messages: text('Het verzoek is niet geldig.', 'The request is not valid.') };
  }
  return undefined;
}

const malformedJson = {
  status: 400,
  code: 'request.malformed_json',
  messages: text('De gegevens zijn geen geldige JSON.', 'The data is not valid JSON.'),
};
const tooMany = {
  status: 429,
  code: 'request.too_many',
  messages: text('Te veel pogingen. Wacht even en probeer het opnieuw.', 'Too many attempts. Please wait and try again.'),
};
