import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { isStaff, UserStatus } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { decryptTotpSecret, encryptTotpSecret } from '../access/mfa/totp.js';
import { UserMfa } from '../access/mfa/user-mfa.entity.js';
import { passwordWeakness } from '../access/password-strength/password-strength.js';
import { hashPassword, verifyPassword } from '../access/passwords.js';
import { User } from '../identity/users/user.entity.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import { Clock } from '../platform/clock/clock.js';
import { AppConfig } from '../platform/config/app-config.js';
import { BadgesService } from '../organisations/badges.service.js';
import { LagesbildService } from '../insights/lagesbild/lagesbild.service.js';
import { RollupsService } from '../insights/rollups.service.js';
import { StorageService } from '../storage/storage.service.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { seedDemoOrganisations } from './demo-organisations.js';
import { seedDemoGroups } from './demo-groups.seed.js';
import { seedDemoLagesbild } from './demo-lagesbild.seed.js';
import { seedDemoWork } from './demo-work.seed.js';

/** In demo mode, seeds the demo accounts at every start, and the demo's organisations and work once. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly storage: StorageService,
    private readonly badges: BadgesService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly rollups: RollupsService,
    private readonly lagesbild: LagesbildService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoMode || !this.config.demoPassword) return;
    // npm start generates a strong one; a DEMO_PASSWORD chosen by hand is still used, with a warning.
    const weakness = passwordWeakness(this.config.demoPassword);
    if (weakness) this.logger.warn(`DEMO_PASSWORD would be refused for a real account: ${weakness.replace(/^password /, 'it ')}`);
    const totp = this.config.demoTotpSecret ? { secret: this.config.demoTotpSecret, encryptionKey: this.config.mfaEncryptionKey } : undefined;
    const { created, reset } = await seedDemoData(this.db, this.config.demoPassword, totp);
    if (created > 0 || reset > 0) this.logger.log(`demo accounts: ${created} created, ${reset} password(s) reset`);
    if (await seedDemoOrganisations(this.db, this.storage, this.badges, this.clock.now())) this.logger.log('demo organisations, applications and badges seeded');
    const settings = { claimMinutes: this.config.moderation.claimMinutes, erasureGraceDays: this.config.privacy.erasureGraceDays };
    if (await seedDemoWork(this.db, this.audit, this.clock.now(), settings))
      this.logger.log('demo work seeded: moderation cases, appeal, privacy requests, legal hold, tips, an order from the police');
    if (await seedDemoLagesbild(this.rollups, this.lagesbild, this.clock.now())) this.logger.log('demo lägesbild of last month for Sigtuna made');
  }
}

/** The one TOTP secret of the demo staff, and the key their secrets are stored under. */
export interface DemoTotp {
  secret: string;
  encryptionKey: string;
}

/** The demo accounts, their second factors, then the groups and posts that need them. */
export async function seedDemoData(db: DataSource, password: string, totp?: DemoTotp): Promise<{ created: number; reset: number }> {
  const accounts = await seedDemoAccounts(db, password);
  if (totp) await seedDemoSecondFactors(db, totp);
  await db.transaction((manager) => seedDemoGroups(manager));
  return accounts;
}

/**
 * Staff must sign in with a second factor, so the demo staff are enrolled already, all with the
 * same secret, so that a newcomer can sign in. A changed secret (or key) is written again.
 */
export async function seedDemoSecondFactors(db: DataSource, totp: DemoTotp): Promise<void> {
  const staff = DEMO_ACCOUNTS.filter((account) => isStaff(account.roles));
  await db.transaction(async (manager) => {
    const existing = await manager
      .getRepository(UserMfa)
      .createQueryBuilder('m')
      .addSelect('m.secretCiphertext')
      .where('m.userId = ANY(:ids)', { ids: staff.map((account) => account.id) })
      .getMany();
    for (const account of staff) {
      const current = existing.find((factor) => factor.userId === account.id);
      if (current?.confirmedAt && readable(current.secretCiphertext, totp.encryptionKey) === totp.secret) continue;
      await manager.delete(UserMfa, { userId: account.id });
      await manager.insert(UserMfa, { userId: account.id, secretCiphertext: encryptTotpSecret(totp.secret, totp.encryptionKey), confirmedAt: new Date() });
    }
  });
}

function readable(ciphertext: string, key: string): string | null {
  try {
    return decryptTotpSecret(ciphertext, key);
  } catch {
    return null;
  }
}

/**
 * Makes sure the demo accounts exist with the demo password. Safe to run at every
 * start: existing accounts keep their data, and only a changed password is rewritten.
 */
export async function seedDemoAccounts(db: DataSource, password: string): Promise<{ created: number; reset: number }> {
  const users = new UsersRepository(db);
  const existing = await db
    .getRepository(User)
    .createQueryBuilder('u')
    .addSelect('u.passwordHash')
    .where('u.id = ANY(:ids)', { ids: DEMO_ACCOUNTS.map((account) => account.id) })
    .getMany();
  const stale = (await Promise.all(existing.map(async (user) => ((await verifyPassword(user.passwordHash, password)) ? null : user.id)))).filter((id): id is string => id !== null);
  const passwordHash = await hashPassword(password);
  let created = 0;
  await db.transaction(async (manager) => {
    for (const account of DEMO_ACCOUNTS) {
      if (existing.some((user) => user.id === account.id)) continue;
      await manager.insert(User, {
        id: account.id,
        email: account.email,
        displayName: account.displayName,
        roles: account.roles,
        status: UserStatus.Active,
        homeMunicipalityId: account.homeMunicipalityId,
        passwordHash,
        emailConfirmedAt: new Date(),
      });
      await users.replaceScopes(manager, account.id, account.municipalityIds);
      created++;
    }
    for (const id of stale) await manager.update(User, { id }, { passwordHash });
  });
  return { created, reset: stale.length };
}
