import { createServer } from 'node:http';
import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { pinoHttp } from 'pino-http';
import supertest from 'supertest';
import { requestLogOptions } from './request-logging.js';

/** The lines one request writes through the options, as JSON objects. */
async function linesOf(config: Parameters<typeof requestLogOptions>[0], status = 200): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = pinoHttp(requestLogOptions(config), stream);
  const server = createServer((request, response) => {
    logger(request, response);
    response.statusCode = status;
    response.end('ok');
  });
  await supertest(server).get('/api/health').set('Authorization', 'Bearer secret').set('User-Agent', 'jest');
  return lines.map((line) => JSON.parse(line));
}

describe(requestLogOptions.name, () => {
  it('writes nothing for a successful request at the default level in development', async () => {
    expect(await linesOf({ env: 'development', demoMode: false, logLevel: 'info' })).toEqual([]);
  });

  it('writes nothing for a successful request at the default level in the demo npm start runs, though NODE_ENV is production', async () => {
    expect(await linesOf({ env: 'production', demoMode: true, logLevel: 'info' })).toEqual([]);
  });

  it('writes one short line without headers at debug in development', async () => {
    const lines = await linesOf({ env: 'development', demoMode: false, logLevel: 'debug' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: expect.stringMatching(/^GET \/api\/health 200 \d+ ms$/), req: { method: 'GET', url: '/api/health' }, res: { statusCode: 200 } });
    expect(JSON.stringify(lines[0])).not.toMatch(/headers|user-agent|authorization/i);
  });

  it('still writes a server error at the default level in development', async () => {
    const lines = await linesOf({ env: 'development', demoMode: false, logLevel: 'info' }, 500);
    expect(lines).toEqual([expect.objectContaining({ level: 50, msg: 'GET /api/health 500' })]);
  });

  it('keeps the full request line, with headers redacted, in production', async () => {
    const [line] = await linesOf({ env: 'production', demoMode: false, logLevel: 'info' });
    expect(line).toMatchObject({ level: 30, req: { headers: { authorization: '[redacted]', 'user-agent': 'jest' } } });
  });
});
