import { Injectable, UnauthorizedException } from '@nestjs/common';
import { defineRulesFor, type MeRecord, packAbilityRules } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { GroupRelations, relationFacts } from '../group-relations.port.js';
import { OrganisationRelations } from '../organisation-relations.port.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { User } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';

/** Who the signed-in person is and what they may do, for the console and the app. */
@Injectable()
export class MeService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly groupRelations: GroupRelations,
    private readonly organisationRelations: OrganisationRelations,
  ) {}

  async describe(userId: string): Promise<MeRecord> {
    const [user, facts, groups, organisations] = await Promise.all([
      this.db.manager.findOneBy(User, { id: userId }),
      this.users.findAccessFacts(userId),
      this.groupRelations.of(userId),
      this.organisationRelations.of(userId),
    ]);
    if (!user || !facts) throw new UnauthorizedException('This account no longer exists');
    const municipalities = facts.municipalityIds.length
      ? await this.db.getRepository(Municipality).createQueryBuilder('m').where('m.id = ANY(:ids)', { ids: facts.municipalityIds }).orderBy('m.name').getMany()
      : [];
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      status: user.status,
      roles: user.roles,
      municipalities: municipalities.map(({ id, code, name }) => ({ id, code, name })),
      groups,
      organisations,
      rules: packAbilityRules(defineRulesFor({ ...facts, ...relationFacts(groups) })),
    };
  }
}
