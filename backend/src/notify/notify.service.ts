import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../jobs/outbox.service.js';
import { KeyPurpose } from '../platform/keys/key-purpose.js';
import { Keys } from '../platform/keys/keys.js';
import { QueueName } from '../jobs/queue-names.js';
import { EmailMessage, type Language } from './email-message.entity.js';
import { type EmailTemplate, renderEmail } from './email-templates.js';
import { seal } from './sealed-text.js';

export const SEND_EMAIL_JOB = 'send-email';

export interface EmailRequest {
  to: string;
  userId?: string | null;
  template: EmailTemplate;
  language?: Language;
  params: Record<string, string>;
}

/**
 * Tells people things. Both methods take the caller's transaction: the message exists exactly
 * when the change it reports has committed.
 */
@Injectable()
export class NotifyService {
  private readonly sealKey: Buffer;

  constructor(
    private readonly outbox: OutboxService,
    keys: Keys,
  ) {
    this.sealKey = keys.for(KeyPurpose.OutboxSeal);
  }

  async email(manager: EntityManager, request: EmailRequest): Promise<string> {
    const language = request.language ?? (await this.recipientLanguage(manager, request));
    const { sent, shown, hasSecrets } = renderEmail(request.template, language, request.params);
    // The secret stays in PostgreSQL (not in the job) until it is sent, so a retry after a crash
    // finds it; encrypted, so a reader of the table or a backup does not.
    const message = manager.create(EmailMessage, {
      recipient: request.to,
      userId: request.userId ?? null,
      template: request.template,
      language,
      subject: shown.subject,
      body: shown.body,
      sealedSubject: hasSecrets ? seal(this.sealKey, sent.subject) : null,
      sealedBody: hasSecrets ? seal(this.sealKey, sent.body) : null,
      status: 'queued',
    });
    const saved = await manager.save(EmailMessage, message);
    await this.outbox.enqueue(manager, QueueName.Email, SEND_EMAIL_JOB, { emailId: saved.id });
    return saved.id;
  }

  /** The language a person chose (Swedish for anyone who did not, or who is not found). */
  async languageOf(manager: EntityManager, userId: string): Promise<Language> {
    const [row] = await manager.query(`SELECT language FROM users WHERE id = $1`, [userId]);
    return row?.language === 'en' ? 'en' : 'sv';
  }

  /** The recipient's own choice, by account, else by address. */
  private async recipientLanguage(manager: EntityManager, request: EmailRequest): Promise<Language> {
    if (request.userId) return this.languageOf(manager, request.userId);
    const [row] = await manager.query(`SELECT language FROM users WHERE lower(email) = lower($1)`, [request.to]);
    return row?.language === 'en' ? 'en' : 'sv';
  }

  async inApp(manager: EntityManager, userId: string, kind: string, payload: Record<string, unknown>): Promise<void> {
    await manager.query(`INSERT INTO notifications (user_id, kind, payload) VALUES ($1, $2, $3)`, [userId, kind, JSON.stringify(payload)]);
  }
}
