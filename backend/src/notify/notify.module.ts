import { Global, Module } from '@nestjs/common';
import { EmailMessagesController, EmailMessagesService } from './email-messages.controller.js';
import { EmailProcessor } from './email.processor.js';
import { NotifyService } from './notify.service.js';

@Global()
@Module({ controllers: [EmailMessagesController], providers: [NotifyService, EmailProcessor, EmailMessagesService], exports: [NotifyService] })
export class NotifyModule {}
