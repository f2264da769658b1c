import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UserStatus } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { hashPassword, verifyPassword } from '../access/passwords.js';
import { User } from '../identity/users/user.entity.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import { AppConfig } from '../platform/config/app-config.js';
import { BadgesService } from '../organisations/badges.service.js';
import { StorageService } from '../storage/storage.service.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { seedDemoOrganisations } from './demo-organisations.js';
import { seedDemoGroups } from './demo-groups.seed.js';

/** In demo mode, seeds the demo accounts at every start. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly storage: StorageService,
    private readonly badges: BadgesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoMode || !this.config.demoPassword) return;
    const { created, reset } = await seedDemoData(this.db, this.config.demoPassword);
    if (created > 0 || reset > 0) this.logger.log(`demo accounts: ${created} created, ${reset} password(s) reset`);
    if (await seedDemoOrganisations(this.db, this.storage, this.badges)) this.logger.log('demo organisations, applications and badges seeded');
  }
}

/** The demo accounts, then the groups and posts that need them. */
export async function seedDemoData(db: DataSource, password: string): Promise<{ created: number; reset: number }> {
  const accounts = await seedDemoAccounts(db, password);
  await db.transaction((manager) => seedDemoGroups(manager));
  return accounts;
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
  const stale = (await Promise.all(existing.map(async (user) => ((await verifyPassword(user.passwordHash, password)) ? null : user.id)))).filter(
    (id): id is string => id !== null,
  );
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
      });
      await users.replaceScopes(manager, account.id, account.municipalityIds);
      created++;
    }
    for (const id of stale) await manager.update(User, { id }, { passwordHash });
  });
  return { created, reset: stale.length };
}
