import { Global, Module } from '@nestjs/common';
import { EmailMessagesController, EmailMessagesService } from './email-messages.controller.js';
import { NotifyService } from './notify.service.js';

@Global()
@Module({ controllers: [EmailMessagesController], providers: [NotifyService, EmailMessagesService], exports: [NotifyService] })
export class NotifyModule {}
