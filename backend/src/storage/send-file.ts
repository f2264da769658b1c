import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import type { StoredFile } from './stored-file.entity.js';

/**
 * The headers of a stored file sent as an attachment: its sniffed type and nosniff, so that a
 * browser never renders an upload as a page of ours; the name through Express's `attachment`
 * (content-disposition: an ASCII fallback and the UTF-8 name in `filename*`).
 */
function setAttachmentHeaders(response: Response, file: StoredFile, cacheControl = 'private, max-age=300'): void {
  response.attachment(file.originalName ?? file.id);
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', cacheControl);
}

/** A small stored file already read (an image). */
export function sendFile(response: Response, { file, bytes }: { file: StoredFile; bytes: Buffer }): void {
  setAttachmentHeaders(response, file);
  response.end(bytes);
}

/**
 * A stored file streamed from storage as it is read, never whole in memory (an export of any size).
 * The stream is opened before this is called, so a missing file is still a JSON error; a failure
 * after the first byte can only cut the connection, which the client sees as a short download
 * (Content-Length tells it so). A file handed out once passes `no-store`, so that no cache hands it out again.
 */
export async function streamFile(response: Response, { file, stream }: { file: StoredFile; stream: Readable }, cacheControl?: string): Promise<void> {
  setAttachmentHeaders(response, file, cacheControl);
  response.setHeader('Content-Length', String(file.sizeBytes));
  await pipeline(stream, response).catch(() => response.destroy());
}
