import { Global, Module } from '@nestjs/common';
import { KeysModule } from '../platform/keys/keys.module.js';
import { EmailMessagesController, EmailMessagesService } from './email-messages.controller.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import { NotifyService } from './notify.service.js';

@Global()
@Module({
  imports: [KeysModule],
  controllers: [EmailMessagesController, NotificationsController],
  providers: [NotifyService, EmailMessagesService, NotificationsService],
  exports: [NotifyService],
})
export class NotifyModule {}
