import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { ContentItems } from './content-items.service.js';
import { ContentModeration } from './content-moderation.service.js';
import { GroupMessagesController } from './group-messages.controller.js';
import { GroupMessagesService } from './group-messages.service.js';
import { OrganisationMessagesController } from './organisation-messages.controller.js';
import { OrganisationMessageRecords } from './organisation-message-records.js';
import { OrganisationMessagesService } from './organisation-messages.service.js';
import { PostsController } from './posts.controller.js';
import { PostsService } from './posts.service.js';
import { TipHandlingService } from './tip-handling.service.js';
import { UploadQuota } from './upload-quota.service.js';
import { UploadsController } from './uploads.controller.js';
import { UploadsService } from './uploads.service.js';

@Module({
  imports: [GroupsModule, IdentityModule],
  controllers: [PostsController, GroupMessagesController, OrganisationMessagesController, UploadsController],
  providers: [ContentItems, ContentModeration, PostsService, GroupMessagesService, OrganisationMessagesService, OrganisationMessageRecords, TipHandlingService, UploadQuota, UploadsService],
  exports: [ContentItems, ContentModeration, PostsService],
})
export class ContentModule {}
