import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SignInSessions } from './sign-in-sessions.port.js';
import { affected, type DataSubject, type ErasureContext, type ErasureReport, type ExportSection, PersonalDataHolder, plainRows } from '../privacy/personal-data-holder.js';

/**
 * The account, its municipality scopes and sign-in sessions. Erasure keeps an empty tombstone row
 * (status `erased`, no e-mail, name or password) because organisation records and the consent
 * ledger must go on pointing at *someone*; nothing in it identifies the person.
 */
@Injectable()
export class IdentityPersonalData extends PersonalDataHolder {
  readonly order = 90;

  constructor(private readonly sessions: SignInSessions) {
    super();
  }

  readonly processing = {
    context: 'identity',
    categoriesOfData: ['e-mail address', 'display name', 'home municipality', 'roles', 'sign-in times and sessions'],
    categoriesOfPeople: ['residents', 'staff of municipalities, police and the platform'],
    recipients: ['none outside the platform'],
    retention: 'until the account is erased; sign-in sessions until they expire',
  };

  async exportSubject(manager: EntityManager, subject: DataSubject): Promise<ExportSection> {
    const profile = await manager.query(
      `SELECT u.id, u.email, u.display_name, u.status, u.roles, m.name AS home_municipality, u.created_at, u.last_sign_in_at, u.suspended_until, u.language, u.lagesbild_email
         FROM users u LEFT JOIN municipalities m ON m.id = u.home_municipality_id WHERE u.id = $1`,
      [subject.id],
    );
    const scopes = await manager.query(`SELECT m.name AS municipality, s.created_at FROM user_municipality_scopes s JOIN municipalities m ON m.id = s.municipality_id WHERE s.user_id = $1`, [
      subject.id,
    ]);
    const sessions = await this.sessions.historyOf(manager, subject.id);
    return {
      tables: [
        { name: 'profile', description: 'Your account: e-mail, name, home municipality, roles, when it was created and last used.', rows: plainRows(profile) },
        { name: 'municipality_scopes', description: 'Municipalities you serve as staff (empty for residents).', rows: plainRows(scopes) },
        { name: 'sign_in_history', description: 'Each sign-in session: when it began, when it expires or was ended.', rows: plainRows(sessions) },
      ],
      files: [],
    };
  }

  async eraseSubject(manager: EntityManager, { subject, final }: ErasureContext): Promise<ErasureReport> {
    const sessions = await this.sessions.deleteAll(manager, subject.id);
    const scopes = affected(await manager.query(`DELETE FROM user_municipality_scopes WHERE user_id = $1 RETURNING user_id`, [subject.id]));
    // First pass: nobody can sign in any more, but the address still works for the certificate.
    await manager.query(
      `UPDATE users SET status = 'erased', password_hash = NULL, invitation_token_hash = NULL, invitation_expires_at = NULL, suspended_until = NULL,
            email_confirmation_token_hash = NULL, email_confirmation_expires_at = NULL, password_reset_token_hash = NULL, password_reset_expires_at = NULL WHERE id = $1`,
      [subject.id],
    );
    let accounts = 0;
    if (final) {
      accounts = affected(
        await manager.query(
          `UPDATE users SET email = 'erased-' || replace(gen_random_uuid()::text, '-', '') || '@erased.invalid', display_name = '',
                  roles = '{citizen}', home_municipality_id = NULL, last_sign_in_at = NULL, created_at = date_trunc('month', created_at)
            WHERE id = $1 AND email NOT LIKE '%@erased.invalid' RETURNING id`,
          [subject.id],
        ),
      );
    }
    return {
      erased: { sign_in_sessions: sessions, municipality_scopes: scopes, account_details: accounts },
      kept: final
        ? [{ what: 'an empty account row (no e-mail, name or password) that records and the consent ledger point at', count: 1, ground: 'Art. 17(3)(e): the integrity of records kept as proof' }]
        : [],
    };
  }
}
