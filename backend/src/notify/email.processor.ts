import { Process, Processor } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { QueueName } from '../jobs/queue-names.js';
import { AppConfig } from '../platform/config/app-config.js';
import { EmailMessage } from './email-message.entity.js';
import { SEND_EMAIL_JOB } from './notify.service.js';

/**
 * Sends a stored e-mail over SMTP. Idempotent: a message already sent or captured is not sent
 * again. Without SMTP_URL the message is marked `captured` and stays visible in the console.
 */
@Processor(QueueName.Email)
@Injectable()
export class EmailProcessor {
  private readonly logger = new Logger(EmailProcessor.name);
  private readonly transport: Transporter | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : undefined;
  }

  @Process(SEND_EMAIL_JOB)
  async send(job: Job<{ emailId: string }>): Promise<{ status: string }> {
    const message = await this.db.manager.findOneBy(EmailMessage, { id: job.data.emailId });
    if (!message) return { status: 'missing' };
    if (message.status === 'sent' || message.status === 'captured') return { status: message.status };
    if (!this.transport) {
      await this.db.manager.update(EmailMessage, { id: message.id }, { status: 'captured', attempts: message.attempts + 1, sentAt: new Date() });
      return { status: 'captured' };
    }
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, to: message.recipient, subject: message.subject, text: message.body });
      await this.db.manager.update(EmailMessage, { id: message.id }, { status: 'sent', attempts: message.attempts + 1, sentAt: new Date(), lastError: null });
      return { status: 'sent' };
    } catch (error) {
      const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await this.db.manager.update(EmailMessage, { id: message.id }, { status: final ? 'failed' : 'queued', attempts: message.attempts + 1, lastError: String(error) });
      this.logger.warn(`e-mail ${message.id} not sent (attempt ${job.attemptsMade + 1}): ${String(error)}`);
      throw error;
    }
  }
}
