import type { Response } from 'express';
import type { StoredFile } from './stored-file.entity.js';

/**
 * Sends a stored file as an attachment with its sniffed type and nosniff, so that a browser never
 * renders an upload as a page of ours.
 */
export function sendFile(response: Response, { file, bytes }: { file: StoredFile; bytes: Buffer }): void {
  const name = (file.originalName ?? `${file.id}`).replace(/[^\w.\- ]/g, '_');
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, max-age=300');
  response.end(bytes);
}
