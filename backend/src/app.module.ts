import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { AccessModule } from './access/access.module.js';
import { AuditModule } from './audit/audit.module.js';
import { ContentModule } from './content/content.module.js';
import { DemoModule } from './demo/demo.module.js';
import { GroupsModule } from './groups/groups.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { ConfigModule } from './platform/config/config.module.js';
import { DatabaseModule } from './platform/database/database.module.js';
import { HealthModule } from './platform/health/health.module.js';
import { HttpErrorFilter } from './platform/http/http-error.filter.js';
import { PageInterceptor } from './platform/http/simple-rest/page.interceptor.js';
import { createValidationPipe } from './platform/http/validation.js';
import { ModerationModule } from './moderation/moderation.module.js';
import { InsightsModule } from './insights/insights.module.js';
import { LoggingModule } from './platform/logging/logging.module.js';
import { NotifyModule } from './notify/notify.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { StorageModule } from './storage/storage.module.js';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    JobsModule,
    NotifyModule,
    StorageModule,
    AuditModule,
    AccessModule,
    IdentityModule,
    OrganisationsModule,
    GroupsModule,
    ContentModule,
    ModerationModule,
    InsightsModule,
    PrivacyModule,
    HealthModule,
    DemoModule,
  ],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: HttpErrorFilter },
    { provide: APP_INTERCEPTOR, useClass: PageInterceptor },
  ],
})
export class AppModule {}
