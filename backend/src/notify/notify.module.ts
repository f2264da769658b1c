import { Global, Module } from '@nestjs/common';
import { EmailProcessor } from './email.processor.js';
import { NotifyService } from './notify.service.js';

@Global()
@Module({ providers: [NotifyService, EmailProcessor], exports: [NotifyService] })
export class NotifyModule {}
