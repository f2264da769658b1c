import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module.js';
import { ContentModeration } from './content-moderation.service.js';
import { GroupMessagesController } from './group-messages.controller.js';
import { GroupMessagesService } from './group-messages.service.js';
import { PostsController } from './posts.controller.js';
import { PostsService } from './posts.service.js';
import { UploadsController } from './uploads.controller.js';

@Module({
  imports: [GroupsModule],
  controllers: [PostsController, GroupMessagesController, UploadsController],
  providers: [ContentModeration, PostsService, GroupMessagesService],
})
export class ContentModule {}
