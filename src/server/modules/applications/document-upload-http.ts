import type { FastifyRequest } from 'fastify';
import { invalid } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';
import { MAX_DOCUMENT_BYTES, tooLarge } from './document-content.js';

/**
 * Reads one file and its fields from a multipart/form-data request. The fields (evidenceId, taskId)
 * must come before the file. Size and count limits turn into field errors, not a broken connection.
 */
export async function readUpload(request: FastifyRequest): Promise<{ evidenceId: string; taskId: string | undefined; fileName: string; content: Buffer }> {
  if (!request.isMultipart()) {
    throw invalid([{ name: 'file', code: 'document.not_multipart', message: text('Stuur het bestand als multipart/form-data.', 'Send the file as multipart/form-data.') }]);
  }
  let part;
  try {
    part = await request.file({ limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 4, fieldSize: 200 } });
  } catch (error) {
    throw mapMultipartError(error);
  }
  if (!part) throw invalid([{ name: 'file', code: 'document.missing', message: text('Kies een bestand.', 'Choose a file.') }]);
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (error) {
    throw mapMultipartError(error);
  }
  const field = (name: string) => {
    const value = part.fields[name];
    return value && !Array.isArray(value) && value.type === 'field' ? String(value.value) : undefined;
  };
  const evidenceId = field('evidenceId');
  const taskId = field('taskId') || undefined;
  if (!evidenceId && !taskId) throw invalid([{ name: 'evidenceId', code: 'required', message: text('Dit veld is verplicht.', 'This field is required.') }]);
  if (taskId && !/^[0-9a-f-]{36}$/.test(taskId)) throw invalid([{ name: 'taskId', code: 'invalid_format', message: text('Deze verwijzing klopt niet.', 'This reference is not valid.') }]);
  return { evidenceId: evidenceId ?? 'aanvulling', taskId, fileName: part.filename, content };
}

function mapMultipartError(error: unknown): Error {
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return invalid([{ name: 'file', code: 'document.one_file', message: text('Stuur één bestand tegelijk.', 'Send one file at a time.') }]);
  }
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return invalid([{ name: 'file', code: 'document.not_multipart', message: text('Stuur het bestand als multipart/form-data.', 'Send the file as multipart/form-data.') }]);
  }
  return error as Error;
}
