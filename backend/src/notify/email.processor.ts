import { Process, Processor } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { QueueName } from '../jobs/queue-names.js';
import { AppConfig } from '../platform/config/app-config.js';
import { KeyPurpose } from '../platform/keys/key-purpose.js';
import { Keys } from '../platform/keys/keys.js';
import { EmailMessage } from './email-message.entity.js';
import { templateHasSecrets } from './email-templates.js';
import { writeCapturedMail } from './mail-capture.js';
import { SEND_EMAIL_JOB } from './notify.service.js';
import { unseal } from './sealed-text.js';

/** Once a message has gone (or failed for good) its secret is erased: only the readable text stays. */
const ERASE_SECRET = { sealedSubject: null, sealedBody: null };

/**
 * Sends a stored e-mail over SMTP. Idempotent: a message already sent or captured is not sent
 * again. Without SMTP_URL the message is marked `captured` and stays visible in the console (and
 * is written whole to MAIL_CAPTURE_DIR when set).
 */
@Processor(QueueName.Email)
@Injectable()
export class EmailProcessor {
  private readonly logger = new Logger(EmailProcessor.name);
  private readonly transport: Transporter | undefined;
  private readonly sealKey: Buffer;

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    keys: Keys,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : undefined;
    this.sealKey = keys.for(KeyPurpose.OutboxSeal);
  }

  @Process(SEND_EMAIL_JOB)
  async send(job: Job<{ emailId: string }>): Promise<{ status: string }> {
    const message = await this.db.manager.getRepository(EmailMessage).createQueryBuilder('m').addSelect(['m.sealedSubject', 'm.sealedBody']).where('m.id = :id', { id: job.data.emailId }).getOne();
    if (!message) return { status: 'missing' };
    if (message.status === 'sent' || message.status === 'captured') return { status: message.status };
    // A failed job retried by hand after its secret was erased would send placeholders: refuse.
    if (message.sealedBody === null && templateHasSecrets(message.template)) return { status: 'secret_erased' };
    const text = {
      subject: message.sealedSubject === null ? message.subject : unseal(this.sealKey, message.sealedSubject),
      body: message.sealedBody === null ? message.body : unseal(this.sealKey, message.sealedBody),
    };
    if (!this.transport) {
      if (this.config.mailCaptureDir) await writeCapturedMail(this.config.mailCaptureDir, { id: message.id, to: message.recipient, ...text });
      await this.db.manager.update(EmailMessage, { id: message.id }, { status: 'captured', attempts: message.attempts + 1, sentAt: new Date(), ...ERASE_SECRET });
      return { status: 'captured' };
    }
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, to: message.recipient, subject: text.subject, text: text.body });
      await this.db.manager.update(EmailMessage, { id: message.id }, { status: 'sent', attempts: message.attempts + 1, sentAt: new Date(), lastError: null, ...ERASE_SECRET });
      return { status: 'sent' };
    } catch (error) {
      const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      // A retry still needs the secret; a message that will not be tried again does not.
      await this.db.manager.update(EmailMessage, { id: message.id }, { status: final ? 'failed' : 'queued', attempts: message.attempts + 1, lastError: String(error), ...(final ? ERASE_SECRET : {}) });
      this.logger.warn(`e-mail ${message.id} not sent (attempt ${job.attemptsMade + 1}): ${String(error)}`);
      throw error;
    }
  }
}
