import { Global, Module } from '@nestjs/common';
import { EmailMessagesController, EmailMessagesService } from './email-messages.controller.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import { NotifyService } from './notify.service.js';

@Global()
@Module({ controllers: [EmailMessagesController, NotificationsController], providers: [NotifyService, EmailMessagesService, NotificationsService], exports: [NotifyService] })
export class NotifyModule {}
