import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UserStatus } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { hashPassword, verifyPassword } from '../access/passwords.js';
import { User } from '../identity/users/user.entity.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import { AppConfig } from '../platform/config/app-config.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

/**
 * In demo mode, makes sure the demo accounts exist with the demo password. Safe to run at every
 * start: existing accounts keep their data, and only a changed password is rewritten.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly users: UsersRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoMode || !this.config.demoPassword) return;
    await this.seed(this.config.demoPassword);
  }

  async seed(password: string): Promise<void> {
    const existing = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = ANY(:ids)', { ids: DEMO_ACCOUNTS.map((account) => account.id) })
      .getMany();
    const stale = await Promise.all(existing.map(async (user) => ((await verifyPassword(user.passwordHash, password)) ? null : user.id)));
    const passwordHash = await hashPassword(password);
    let created = 0;
    await this.db.transaction(async (manager) => {
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
        await this.users.replaceScopes(manager, account.id, account.municipalityIds);
        created++;
      }
      for (const id of stale) if (id) await manager.update(User, { id }, { passwordHash });
    });
    if (created > 0 || stale.some(Boolean)) this.logger.log(`demo accounts: ${created} created, ${stale.filter(Boolean).length} password(s) reset`);
  }
}
