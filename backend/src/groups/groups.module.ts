import { Global, Module } from '@nestjs/common';
import { GroupRelations } from '../identity/group-relations.port.js';
import { IdentityModule } from '../identity/identity.module.js';
import { BansService } from './bans.service.js';
import { GroupAccess } from './group-access.service.js';
import { GroupAdminListsService } from './group-admin-lists.service.js';
import { GroupBansController } from './group-bans.controller.js';
import { GroupInterventionsController } from './group-interventions.controller.js';
import { GroupInvitationsController } from './group-invitations.controller.js';
import { GroupJoinRequestsController } from './group-join-requests.controller.js';
import { GroupMembersController } from './group-members.controller.js';
import { GroupPeopleRepository } from './group-people.repository.js';
import { GroupRelationsProvider } from './group-relations.provider.js';
import { GroupsController } from './groups.controller.js';
import { GroupsService } from './groups.service.js';
import { InterventionsService } from './interventions.service.js';
import { InvitationsService } from './invitations.service.js';
import { MembershipService } from './membership.service.js';

/** Global for GroupRelations, which access and identity read on every request. */
@Global()
@Module({
  imports: [IdentityModule],
  controllers: [GroupsController, GroupMembersController, GroupJoinRequestsController, GroupInvitationsController, GroupBansController, GroupInterventionsController],
  providers: [
    GroupPeopleRepository,
    GroupAccess,
    GroupAdminListsService,
    GroupsService,
    MembershipService,
    BansService,
    InvitationsService,
    InterventionsService,
    { provide: GroupRelations, useClass: GroupRelationsProvider },
  ],
  exports: [GroupAccess, MembershipService, BansService, InterventionsService, GroupRelations],
})
export class GroupsModule {}
