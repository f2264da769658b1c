import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OutboxDispatcher } from '../src/jobs/outbox-dispatcher.service.js';
import { EmailMessage } from '../src/notify/email-message.entity.js';
import { NotifyService } from '../src/notify/notify.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { demo } from './support/demo.js';
import { startSmtpCapture, type SmtpCapture } from './support/smtp-capture.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait-for.js';

describe('E-mail through the outbox and Bull', () => {
  let t: TestApp;
  let smtp: SmtpCapture;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
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
    // The row keeps what staff may read; the code itself went only to the recipient.
    expect(sent.subject).toBe('Din verifieringskod: [kod dold]');
    expect(smtp.received).toContainEqual(expect.objectContaining({ to: 'anna@polisen.se', raw: expect.stringContaining('Ange koden 482913') }));
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
      storage.store(
        manager,
        { field: 'evidence', bytes: Buffer.from('%PDF-1.4\n...'), originalName: '../../etc/passwd.pdf' },
        { purpose: 'evidence', ownerId: null, maxBytes: 1024, accept: ['application/pdf'] },
      ),
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
