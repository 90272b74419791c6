import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { invalid } from '../../shared/errors.js';
import { text } from '../../shared/localized.js';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const allowed = new Map([
  ['application/pdf', 'pdf'],
  ['image/jpeg', 'jpg'],
  ['image/png', 'png'],
] as const);
export type DocumentMediaType = 'application/pdf' | 'image/jpeg' | 'image/png';

/**
 * Checks an upload by its bytes (magic numbers), never by its name or the browser's content type:
 * an .exe renamed to .pdf is refused. Returns the detected type, a clean file name and a hash.
 */
export async function inspectDocument(fileName: string, content: Buffer): Promise<{ mediaType: DocumentMediaType; fileName: string; sha256: string }> {
  if (content.length === 0) throw invalid([{ name: 'file', code: 'document.empty', message: text('Het bestand is leeg.', 'The file is empty.') }]);
  if (content.length > MAX_DOCUMENT_BYTES) throw tooLarge();
  const detected = await fileTypeFromBuffer(content);
  const mediaType = detected?.mime as DocumentMediaType | undefined;
  if (!mediaType || !allowed.has(mediaType)) {
    throw invalid([
      {
        name: 'file',
        code: 'document.type',
        message: text('Dit bestand is geen PDF, JPG of PNG. Kies een ander bestand of maak een foto of scan.', 'This file is not a PDF, JPG or PNG. Choose another file or take a photo or scan.'),
      },
    ]);
  }
  return { mediaType, fileName: cleanFileName(fileName, allowed.get(mediaType)!), sha256: createHash('sha256').update(content).digest('hex') };
}

export const tooLarge = () =>
  invalid([{ name: 'file', code: 'document.too_large', message: text('Het bestand is groter dan 10 MB. Kies een kleiner bestand.', 'The file is larger than 10 MB. Choose a smaller file.') }]);

/** The base name without paths or control characters, with the extension of its real type. */
export function cleanFileName(name: string, extension: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim();
  const stem = base.replace(/\.[^.]*$/, '').slice(0, 120) || 'document';
  return `${stem}.${extension}`;
}
