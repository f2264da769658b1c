import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { readZip, readZipWallTimes } from '../../test/support/zip-reader.js';
import { zipStream } from './zip.js';

describe(zipStream.name, () => {
  it('writes buffers and streams that read back byte for byte, in order, with UTF-8 names', async () => {
    const png = Buffer.from([0x89, 0x50, 0, 255]);
    const archive = await buffer(
      zipStream([
        { name: 'data.json', data: Buffer.from('{"å":1}') },
        { name: 'files/bild-ö.png', data: Readable.from([png.subarray(0, 2), png.subarray(2)]) },
      ]),
    );
    const read = await readZip(archive);
    expect([...read.keys()]).toEqual(['data.json', 'files/bild-ö.png']);
    expect(read.get('data.json')!.toString()).toBe('{"å":1}');
    expect(read.get('files/bild-ö.png')!.equals(png)).toBe(true);
  });

  it('writes an archive of 70 000 entries (past the 65 535 of a ZIP without ZIP64) that a ZIP reader opens whole', async () => {
    async function* entries() {
      for (let i = 0; i < 70_000; i++) yield { name: `rows/${i}.csv`, data: i % 2 ? Buffer.from(`n\r\n${i}\r\n`) : Readable.from([Buffer.from(`n\r\n${i}\r\n`)]) };
    }
    const read = await readZip(await buffer(zipStream(entries())));
    expect(read.size).toBe(70_000);
    expect(read.get('rows/69999.csv')!.toString()).toBe('n\r\n69999\r\n');
    expect(read.get('rows/0.csv')!.toString()).toBe('n\r\n0\r\n');
  }, 120_000);

  it('pulls the next entry only after the stream before it has been read', async () => {
    const pulled: string[] = [];
    let firstEnded = false;
    const first = Readable.from([Buffer.alloc(1024)]);
    first.on('end', () => (firstEnded = true));
    async function* entries() {
      pulled.push('a');
      yield { name: 'a.bin', data: first };
      pulled.push(`b after a ended: ${firstEnded}`);
      yield { name: 'b.txt', data: Buffer.from('b') };
    }
    await buffer(zipStream(entries()));
    expect(pulled).toEqual(['a', 'b after a ended: true']);
  });

  it('ends the archive stream with the error of a failing entry', async () => {
    const broken = new Readable({
      read() {
        this.destroy(new Error('disk gone'));
      },
    });
    await expect(buffer(zipStream([{ name: 'a.bin', data: broken }]))).rejects.toThrow('disk gone');
  });

  it("writes entry times in Stockholm wall time whatever the server's time zone", async () => {
    const zone = process.env.TZ;
    try {
      for (const serverZone of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
        process.env.TZ = serverZone;
        // Summer time in Stockholm: 10:30 UTC is 12:30 there; winter time: 23:30 UTC is 00:30 the next day.
        const summer = await readZipWallTimes(await buffer(zipStream([{ name: 'a.txt', data: Buffer.from('a') }], new Date('2026-07-01T10:30:00Z'))));
        const winter = await readZipWallTimes(await buffer(zipStream([{ name: 'b.bin', data: Readable.from([Buffer.from('b')]) }], new Date('2026-12-31T23:30:00Z'))));
        expect([serverZone, summer.get('a.txt')]).toEqual([serverZone, '2026-07-01 12:30:00']);
        expect([serverZone, winter.get('b.bin')]).toEqual([serverZone, '2027-01-01 00:30:00']);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
