import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { RetentionService } from '../src/privacy/retention.service.js';
import { bearer } from './support/demo.js';
import { MARSTA, newCitizen } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const SERIAL = 'SN-CAMERA-884422';

/** A photo as a phone makes it: GPS position, camera make and serial, rotated by an EXIF tag. */
const photoWithGps = () =>
  sharp({ create: { width: 60, height: 20, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Canon', Model: 'EOS 5D' },
      IFD2: { BodySerialNumber: SERIAL },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 37/1 493/100', GPSLongitudeRef: 'E', GPSLongitude: '17/1 51/1 1296/100' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();

/** The GPSInfo tag (0x8825) in either byte order: the EXIF points to a GPS block. */
const hasGpsPointer = (exif: Buffer) => exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));

/** A plain PNG, or one of random pixels that does not compress. */
const png = (width: number, height: number, noise = false) =>
  (noise
    ? sharp(Buffer.from(Array.from({ length: width * height * 3 }, () => Math.floor(Math.random() * 256))), { raw: { width, height, channels: 3 } })
    : sharp({ create: { width, height, channels: 3, background: '#3a7' } })
  )
    .png()
    .toBuffer();

/** A PNG whose header declares the given size, with a few bytes of pixel data: a decompression bomb's shape. */
function pngDeclaring(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(4096))), chunk('IEND', Buffer.alloc(0))]);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('Image uploads: re-encoded without metadata, limited per account, unattached ones deleted', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ UPLOADS_PER_HOUR: '3', UPLOAD_BYTES_PER_DAY: '60000', IMAGE_MAX_SIDE: '256' });
  });
  afterAll(() => t.close());

  const upload = (token: string, bytes: Buffer, name = 'bild.jpg') => t.http.post('/api/uploads/images').set(bearer(token)).attach('file', bytes, name);
  const storedFilesOf = async (ownerId: string) => Number((await t.db.query(`SELECT count(*) AS n FROM stored_files WHERE owner_id = $1`, [ownerId]))[0].n);

  it('keeps and serves a photo without its GPS position or camera serial, upright and still a JPEG', async () => {
    const original = await photoWithGps();
    const before = await sharp(original).metadata();
    expect(hasGpsPointer(before.exif!)).toBe(true);
    expect(original.includes(SERIAL)).toBe(true);

    const author = await newCitizen(t);
    const uploaded = await upload(author.token, original);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.contentType).toBe('image/jpeg');
    const post = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Cykel stulen här', priority: 'yellow', ...MARSTA, imageFileId: uploaded.body.id });
    const served = await t.http
      .get(`/api/posts/${post.body.id}/image`)
      .set(bearer(author.token))
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => done(null, Buffer.concat(parts)));
      });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');

    const [{ storage_key }] = await t.db.query(`SELECT storage_key FROM stored_files WHERE id = $1`, [uploaded.body.id]);
    const onDisk = await readFile(join(t.config.storageDir, storage_key));
    expect((served.body as Buffer).equals(onDisk)).toBe(true);
    for (const bytes of [onDisk, served.body as Buffer]) {
      const kept = await sharp(bytes).metadata();
      expect(kept).toMatchObject({ format: 'jpeg', width: 20, height: 60 });
      expect([kept.exif, kept.xmp, kept.iptc, kept.icc, kept.orientation]).toEqual([undefined, undefined, undefined, undefined, undefined]);
      expect(bytes.includes(SERIAL)).toBe(false);
      expect(bytes.includes('Canon')).toBe(false);
      expect((await sharp(bytes).raw().toBuffer()).length).toBe(20 * 60 * 3);
    }
    // The original is kept nowhere: no file under the storage holds its serial number.
    for (const path of await filesUnder(t.config.storageDir)) expect((await readFile(path)).includes(SERIAL)).toBe(false);
  });

  it('scales large images down to IMAGE_MAX_SIDE and drops what a polyglot carried after the image', async () => {
    const author = await newCitizen(t);
    const polyglot = Buffer.concat([await png(600, 300), Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
    const uploaded = await upload(author.token, polyglot, 'bild.png');
    expect(uploaded.status).toBe(201);
    const [{ storage_key, size_bytes }] = await t.db.query(`SELECT storage_key, size_bytes FROM stored_files WHERE id = $1`, [uploaded.body.id]);
    const kept = await readFile(join(t.config.storageDir, storage_key));
    expect(kept.length).toBe(Number(size_bytes)); // bigint: pg hands it over as a string
    expect(await sharp(kept).metadata()).toMatchObject({ format: 'png', width: 256, height: 128 });
    expect(kept.includes('<script')).toBe(false);
  });

  it('refuses an image declaring more pixels than IMAGE_MAX_PIXELS before decoding it, and keeps nothing', async () => {
    const author = await newCitizen(t);
    const started = Date.now();
    const bomb = await upload(author.token, pngDeclaring(65535, 65535), 'bomb.png');
    expect(bomb.status).toBe(413);
    expect(bomb.body.code).toBe('image_too_many_pixels');
    expect(bomb.body.message).toBe('file is 65535 × 65535 pixels; at most 40000000 pixels in all are accepted (IMAGE_MAX_PIXELS)');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await storedFilesOf(author.id)).toBe(0);
  });

  it('refuses a file that only starts like an image with 400 naming the field', async () => {
    const author = await newCitizen(t);
    const fake = await upload(author.token, Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'), 'bild.png');
    expect(fake.status).toBe(400);
    expect(fake.body.message).toBe('file could not be read as a PNG image');
    expect(await storedFilesOf(author.id)).toBe(0);
  });

  it('answers 429 naming UPLOADS_PER_HOUR once an account has uploaded its hourly number, even all at once', async () => {
    const author = await newCitizen(t);
    const image = await png(8, 8);
    const answers = await Promise.all(Array.from({ length: 6 }, () => upload(author.token, image, 'bild.png')));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 201, 201, 429, 429, 429]);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(refused.body.code).toBe('upload_limit_reached');
    expect(refused.body.message).toBe('file: at most 3 image uploads an hour per account (UPLOADS_PER_HOUR); try again later');
    expect(await storedFilesOf(author.id)).toBe(3);
    // The limit is the account's own: someone else uploads as before.
    expect((await upload((await newCitizen(t)).token, image, 'bild.png')).status).toBe(201);
  });

  it('answers 429 naming UPLOAD_BYTES_PER_DAY once an account has stored its daily volume', async () => {
    const author = await newCitizen(t);
    const noisy = await png(120, 120, true);
    const first = await upload(author.token, noisy, 'brus.png');
    expect(first.status).toBe(201);
    expect(first.body.sizeBytes).toBeGreaterThan(30_000);
    const second = await upload(author.token, noisy, 'brus.png');
    expect(second.status).toBe(429);
    expect(second.body.message).toBe('file: at most 60000 bytes of images a day per account (UPLOAD_BYTES_PER_DAY); try again tomorrow');
    expect(await storedFilesOf(author.id)).toBe(1);
  });

  it('deletes images nobody attached after a day, bytes included, and nothing else; a second run deletes nothing', async () => {
    const author = await newCitizen(t);
    const image = await png(8, 8);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await upload(author.token, image, 'bild.png')).body.id);
    const [oldUnattached, oldAttached, recentUnattached] = ids;
    const post = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Se bilden', priority: 'green', ...MARSTA, imageFileId: oldAttached });
    expect(post.status).toBe(201);
    await t.db.query(`UPDATE stored_files SET created_at = now() - interval '25 hours' WHERE id = ANY($1)`, [[oldUnattached, oldAttached]]);
    const [{ storage_key: gone }] = await t.db.query(`SELECT storage_key FROM stored_files WHERE id = $1`, [oldUnattached]);

    const report = await t.app.get(RetentionService).apply();
    expect(report.unattached_uploads).toBe(1);
    const left: { id: string }[] = await t.db.query(`SELECT id FROM stored_files WHERE owner_id = $1`, [author.id]);
    expect(left.map((row) => row.id).sort()).toEqual([oldAttached, recentUnattached].sort());
    await expect(stat(join(t.config.storageDir, gone))).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await t.http.get(`/api/posts/${post.body.id}/image`).set(bearer(author.token))).status).toBe(200);

    expect((await t.app.get(RetentionService).apply()).unattached_uploads).toBe(0);
  });
});
