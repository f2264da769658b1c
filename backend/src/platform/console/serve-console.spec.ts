import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import express from 'express';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { consoleCacheControl, consoleFiles } from './serve-console.js';

const SCRIPT = 'console.log("samverka");'.repeat(100);
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-AbCd1234.js"></script></head><body>${' '.repeat(2000)}</body></html>`;

/** A built console as the Vite build leaves it: originals with their brotli and gzip twins. */
function builtConsole(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samverka-console-'));
  mkdirSync(join(dir, 'assets'));
  for (const [name, text] of [
    ['index.html', INDEX],
    ['assets/index-AbCd1234.js', SCRIPT],
  ] as const) {
    writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(text));
  }
  writeFileSync(join(dir, 'favicon.ico'), Buffer.from([0, 0, 1, 0, 1, 0]));
  return dir;
}

function get(server: Server, path: string, acceptEncoding?: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const { port } = server.address() as { port: number };
  return new Promise((done, fail) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', fail);
    request.end();
  });
}

describe(consoleFiles.name, () => {
  let dir: string;
  let server: Server;

  beforeAll(async () => {
    dir = builtConsole();
    const app = express();
    app.use(consoleFiles(dir));
    app.use((_request, response) => response.status(404).json({ from: 'api' }));
    server = await new Promise<Server>((done) => {
      const listening = app.listen(0, '127.0.0.1', () => done(listening));
    });
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends a hashed asset as brotli to a browser that accepts it, cached for a year as immutable', async () => {
    const answer = await get(server, '/assets/index-AbCd1234.js', 'gzip, deflate, br, zstd');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
    expect(answer.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.body.equals(brotliCompressSync(SCRIPT))).toBe(true);
  });

  it('sends gzip to a client that accepts only gzip, and the file as it is to one that accepts neither', async () => {
    const gzip = await get(server, '/assets/index-AbCd1234.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body.equals(gzipSync(SCRIPT))).toBe(true);
    const plain = await get(server, '/assets/index-AbCd1234.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
  });

  it('sends index.html at / compressed, to be asked again every time', async () => {
    const answer = await get(server, '/', 'br');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.headers['cache-control']).toBe('no-cache');
  });

  it('caches the icon long but not for good, its name never changing', async () => {
    const answer = await get(server, '/favicon.ico', 'br');
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('public, max-age=2592000');
  });

  it('leaves /api to the API and refuses an undecodable path with 400', async () => {
    writeFileSync(join(dir, 'api'), 'not the API');
    expect((await get(server, '/api')).body.toString()).toBe('{"from":"api"}');
    expect((await get(server, '/api/users')).body.toString()).toBe('{"from":"api"}');
    expect((await get(server, '/%E0%A4%A', 'br')).status).toBe(400);
  });

  it('leaves the public badge page (/verify) to the server, never looking it up on disk', async () => {
    mkdirSync(join(dir, 'verify'));
    writeFileSync(join(dir, 'verify', 'DEMOP-0L1S7'), 'a file, not the page');
    writeFileSync(join(dir, 'verify', 'index.html'), 'a file, not the form');
    for (const path of ['/verify', '/verify/', '/verify/DEMOP-0L1S7']) expect([path, (await get(server, path)).body.toString()]).toEqual([path, '{"from":"api"}']);
  });
});

describe(consoleCacheControl.name, () => {
  it('treats only content-hashed names under assets/ as immutable', () => {
    expect(consoleCacheControl('/srv/dist/assets/StaffInsights-DZ1JYWkM.js.br')).toBe('public, max-age=31536000, immutable');
    expect(consoleCacheControl('/srv/dist/index.html.gz')).toBe('no-cache');
    expect(consoleCacheControl('/srv/dist/robots.txt')).toBe('public, max-age=3600');
  });
});
