import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affected, type DataSubject, type ErasureContext, type ErasureReport, type ExportSection, PersonalDataHolder, plainRows } from '../privacy/personal-data-holder.js';

/**
 * In-app notifications and the e-mail kept for the console. On the first pass of an erasure an
 * e-mail still waiting to go out is left alone (it may be the erasure certificate itself); the
 * final pass, after it has gone, removes it.
 */
@Injectable()
export class NotifyPersonalData extends PersonalDataHolder {
  readonly order = 50;
  readonly processing = {
    context: 'notify',
    categoriesOfData: ['in-app notifications', 'e-mail sent to the person (address, subject, text)'],
    categoriesOfPeople: ['everyone with an account', 'people invited by e-mail'],
    recipients: ['the e-mail provider (SMTP) when configured'],
    retention: 'notifications and e-mail for the retention period',
  };

  async exportSubject(manager: EntityManager, subject: DataSubject): Promise<ExportSection> {
    const notifications = await manager.query(`SELECT kind, payload, created_at, read_at FROM notifications WHERE user_id = $1 ORDER BY created_at`, [subject.id]);
    const emails = await manager.query(`SELECT recipient, subject, body, status, created_at, sent_at FROM email_messages WHERE user_id = $1 OR recipient = $2 ORDER BY created_at`, [
      subject.id,
      subject.email,
    ]);
    return {
      tables: [
        { name: 'notifications', description: 'Notifications shown to you in the app.', rows: plainRows(notifications) },
        { name: 'emails', description: 'E-mail the platform sent you.', rows: plainRows(emails) },
      ],
      files: [],
    };
  }

  async eraseSubject(manager: EntityManager, { subject, final }: ErasureContext): Promise<ErasureReport> {
    const notifications = affected(await manager.query(`DELETE FROM notifications WHERE user_id = $1 RETURNING id`, [subject.id]));
    const emails = affected(await manager.query(`DELETE FROM email_messages WHERE (user_id = $1 OR recipient = $2) AND ($3 OR status <> 'queued') RETURNING id`, [subject.id, subject.email, final]));
    return { erased: { notifications, emails }, kept: [] };
  }
}
