import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { OutboxDispatcher } from '../src/jobs/outbox-dispatcher.service.js';
import { EmailMessage } from '../src/notify/email-message.entity.js';
import { NotifyService } from '../src/notify/notify.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('E-mail through the outbox and Bull', () => {
  let t: TestApp;
  const received: { to: string; body: string }[] = [];
  let smtp: SMTPServer;

  beforeAll(async () => {
    const port = await freePort();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let body = '';
        stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((address) => address.address).join(','), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  it('sends an e-mail written in a transaction once it has committed, over real SMTP', async () => {
    const id = await t.db.transaction((manager) =>
      t.app.get(NotifyService).email(manager, {
        to: 'anna@polisen.se',
        userId: demo.citizenSigtuna.id,
        template: 'domain-proof-code',
        language: 'sv',
        params: { code: '482913', address: 'anna@polisen.se', organisation: 'Polisen Sigtuna', minutes: '30' },
      }),
    );
    const sent = await waitFor(async () => {
      const message = await t.db.manager.findOneBy(EmailMessage, { id });
      return message?.status === 'sent' && message;
    }, 'the e-mail to be sent');
    expect(sent.subject).toBe('Din verifieringskod: 482913');
    expect(received).toContainEqual(expect.objectContaining({ to: 'anna@polisen.se', body: expect.stringContaining('482913') }));
  });

  it('writes nothing when the transaction rolls back', async () => {
    const before = await t.db.manager.count(EmailMessage);
    await expect(
      t.db.transaction(async (manager) => {
        await t.app.get(NotifyService).email(manager, { to: 'x@example.se', template: 'notification', params: { subject: 's', text: 't' } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await t.db.manager.count(EmailMessage)).toBe(before);
    const pending = await t.db.query(`SELECT count(*)::int AS n FROM outbox_jobs WHERE dispatched_at IS NULL`);
    expect(pending[0].n).toBe(0);
  });

  it('keeps stored files out of the way of a path, and refuses a program named .pdf', async () => {
    const storage = t.app.get(StorageService);
    const stored = await t.db.transaction((manager) =>
      storage.store(manager, { field: 'evidence', bytes: Buffer.from('%PDF-1.4\n...'), originalName: '../../etc/passwd.pdf' }, { purpose: 'evidence', ownerId: null, maxBytes: 1024, accept: ['application/pdf'] }),
    );
    expect(stored.originalName).toBe('passwd.pdf');
    expect(stored.storageKey).toMatch(/^evidence\/[0-9a-f-]{36}$/);
    expect((await storage.read(t.db.manager, stored.id)).bytes.toString()).toBe('%PDF-1.4\n...');
    await expect(
      t.db.transaction((manager) =>
        storage.store(manager, { field: 'evidence', bytes: Buffer.from('MZ\x90\x00'), originalName: 'intyg.pdf' }, { purpose: 'evidence', ownerId: null, maxBytes: 1024, accept: ['application/pdf'] }),
      ),
    ).rejects.toThrow('evidence must be PDF, judged by its content');
  });
});

describe('E-mail without SMTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('keeps the message as captured, for the console, instead of dropping it', async () => {
    const id = await t.db.transaction((manager) =>
      t.app.get(NotifyService).email(manager, { to: 'b@example.se', template: 'notification', language: 'en', params: { subject: 'Hello', text: 'World' } }),
    );
    await t.app.get(OutboxDispatcher).dispatchPending();
    const message = await waitFor(async () => {
      const row = await t.db.manager.findOneBy(EmailMessage, { id });
      return row?.status === 'captured' && row;
    }, 'the e-mail to be captured');
    expect(message).toMatchObject({ recipient: 'b@example.se', subject: 'Hello', language: 'en' });
  });
});
