import { createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where file bytes live. The local disk is the default; an object store can replace it. */
export abstract class BlobStore {
  abstract put(key: string, bytes: Buffer): Promise<void>;
  /** Writes a stream under the key as it arrives (an export bigger than memory); all or nothing. */
  abstract putStream(key: string, source: Readable): Promise<void>;
  abstract get(key: string): Promise<Buffer>;
  /** The bytes as a stream; rejects here, not later, when the key holds nothing. */
  abstract openRead(key: string): Promise<Readable>;
  abstract delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9-]+\/[0-9a-f-]{36}$/;

/** Files under one folder. Keys are generated (`purpose/uuid`), never taken from a file name. */
export class LocalDiskBlobStore extends BlobStore {
  constructor(private readonly root: string) {
    super();
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Written to a temporary name and renamed, so a crash never leaves half a file under the key.
    const temporary = `${path}.partial`;
    await writeFile(temporary, bytes, { flag: 'w', mode: 0o600 });
    await rename(temporary, path);
  }

  async putStream(key: string, source: Readable): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.partial`;
    try {
      await pipeline(source, createWriteStream(temporary, { flags: 'w', mode: 0o600 }));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    await rename(temporary, path);
  }

  async openRead(key: string): Promise<Readable> {
    const handle = await open(this.pathOf(key), 'r');
    return handle.createReadStream();
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`invalid storage key ${key}`);
    return join(this.root, key);
  }
}
