import type { FastifyReply } from 'fastify';

/** Sends a stored document as a download; the type is the one detected at upload, never guessed again. */
export function sendDocument(reply: FastifyReply, document: { fileName: string; mediaType: string; content: Buffer }) {
  return reply
    .header('content-type', document.mediaType)
    .header('content-disposition', `attachment; filename="${document.fileName.replace(/"/g, '')}"`)
    .header('x-content-type-options', 'nosniff')
    .send(document.content);
}
