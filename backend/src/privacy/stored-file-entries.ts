import type { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StorageService } from '../storage/storage.service.js';
import type { ZipEntry } from './zip.js';

const extension = (type: string) => ({ 'image/png': '.png', 'image/jpeg': '.jpg', 'image/webp': '.webp', 'application/pdf': '.pdf' })[type] ?? '';

/**
 * Archive entries for stored files (`files/<name>.<ext>`), each opened only when the archive
 * reaches it, so one file is open at a time. A file whose bytes are gone is logged and left out.
 */
export async function* storedFileEntries(storage: StorageService, manager: EntityManager, files: ReadonlyMap<string, string>, logger: Logger, label: string): AsyncGenerator<ZipEntry> {
  for (const [fileId, name] of files) {
    try {
      const { file, stream } = await storage.openRead(manager, fileId);
      yield { name: `files/${name}${extension(file.contentType)}`, data: stream };
    } catch (error) {
      logger.warn(`${label}: file ${fileId} unreadable: ${String(error)}`);
    }
  }
}
