import { fromBuffer, type Entry, type ZipFile } from 'yauzl';

/** Every entry of a ZIP archive by name, read with yauzl (ZIP64 and data descriptors included). */
export function readZip(archive: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    fromBuffer(archive, { lazyEntries: true }, (error, zip?: ZipFile) => {
      if (error || !zip) return reject(error ?? new Error('no archive'));
      const entries = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: Entry) => {
        zip.openReadStream(entry, (failed, stream) => {
          if (failed || !stream) return reject(failed ?? new Error(`no stream for ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * The modification time each entry carries, as written: DOS times have no zone, so this is the wall
 * clock the writer chose, shown as `yyyy-MM-dd HH:mm:ss` (two-second steps).
 */
export function readZipWallTimes(archive: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    fromBuffer(archive, { lazyEntries: true }, (error, zip?: ZipFile) => {
      if (error || !zip) return reject(error ?? new Error('no archive'));
      const times = new Map<string, string>();
      const two = (n: number) => String(n).padStart(2, '0');
      zip.on('error', reject);
      zip.on('end', () => resolve(times));
      zip.on('entry', (entry: Entry) => {
        const date = entry.lastModFileDate;
        const time = entry.lastModFileTime;
        times.set(entry.fileName, `${1980 + (date >> 9)}-${two((date >> 5) & 0xf)}-${two(date & 0x1f)} ${two(time >> 11)}:${two((time >> 5) & 0x3f)}:${two((time & 0x1f) * 2)}`);
        zip.readEntry();
      });
      zip.readEntry();
    });
  });
}
