import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Action, type MeRecord, packAbilityRules, Subject, UserStatus } from '@samverka/shared';
import type { Caller } from '../../access/caller.js';
import { DataSource } from 'typeorm';
import { GroupRelations } from '../group-relations.port.js';
import { OrganisationRelations } from '../organisation-relations.port.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { User } from '../users/user.entity.js';
import type { UpdateMeDto } from './me-record.js';

/** Who the signed-in person is and what they may do, for the console and the app. */
@Injectable()
export class MeService {
  constructor(
    private readonly db: DataSource,
    private readonly groupRelations: GroupRelations,
    private readonly organisationRelations: OrganisationRelations,
  ) {}

  /** The caller's rules come with the request (built once per access version), not rebuilt here. */
  async describe(caller: Pick<Caller, 'id' | 'municipalityIds' | 'ability' | 'restricted'>): Promise<MeRecord> {
    const [user, groups, organisations, municipalities] = await Promise.all([
      this.db.manager.findOneBy(User, { id: caller.id }),
      this.groupRelations.of(caller.id),
      this.organisationRelations.of(caller.id),
      caller.municipalityIds.length
        ? this.db.getRepository(Municipality).createQueryBuilder('m').where('m.id = ANY(:ids)', { ids: caller.municipalityIds }).orderBy('m.name').getMany()
        : Promise.resolve([]),
    ]);
    if (!user) throw new UnauthorizedException('This account no longer exists');
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      status: user.status,
      suspendedUntil: user.status === UserStatus.Suspended ? (user.suspendedUntil?.toISOString() ?? null) : null,
      restricted: caller.restricted,
      language: user.language,
      lagesbildEmail: user.lagesbildEmail,
      roles: user.roles,
      municipalities: municipalities.map(({ id, code, name }) => ({ id, code, name })),
      groups,
      organisations,
      rules: packAbilityRules(caller.ability.rules),
    };
  }

  /** A person's own preferences; nothing else about the account changes here. */
  async update(caller: Pick<Caller, 'id' | 'municipalityIds' | 'ability' | 'restricted'>, changes: UpdateMeDto): Promise<MeRecord> {
    if (changes.lagesbildEmail && !caller.ability.can(Action.Read, Subject.Lagesbild)) {
      throw new BadRequestException('lagesbildEmail: only coordinators and the platform owner receive the lägesbild');
    }
    const update = { ...(changes.language ? { language: changes.language } : {}), ...(changes.lagesbildEmail !== undefined ? { lagesbildEmail: changes.lagesbildEmail } : {}) };
    if (Object.keys(update).length > 0) await this.db.manager.update(User, { id: caller.id }, update);
    return this.describe(caller);
  }
}
