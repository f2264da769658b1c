import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { AccessJobsModule } from './access/access-jobs.module.js';
import { AuditJobsModule } from './audit/audit-jobs.module.js';
import { AccessModule } from './access/access.module.js';
import { AuditModule } from './audit/audit.module.js';
import { ContentModule } from './content/content.module.js';
import { DemoModule } from './demo/demo.module.js';
import { GroupsModule } from './groups/groups.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { JobsBoardModule } from './jobs/jobs-board.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import type { AppConfig } from './platform/config/app-config.js';
import { ClockModule } from './platform/clock/clock.module.js';
import { ConfigModule } from './platform/config/config.module.js';
import { DatabaseModule } from './platform/database/database.module.js';
import { HealthModule } from './platform/health/health.module.js';
import { HttpErrorFilter } from './platform/http/http-error.filter.js';
import { PageInterceptor } from './platform/http/simple-rest/page.interceptor.js';
import { createValidationPipe } from './platform/http/validation.js';
import { ModerationJobsModule } from './moderation/moderation-jobs.module.js';
import { ModerationModule } from './moderation/moderation.module.js';
import { InsightsJobsModule } from './insights/insights-jobs.module.js';
import { InsightsModule } from './insights/insights.module.js';
import { LagesbildJobsModule } from './insights/lagesbild/lagesbild-jobs.module.js';
import { LagesbildModule } from './insights/lagesbild/lagesbild.module.js';
import { LoggingModule } from './platform/logging/logging.module.js';
import { NotifyJobsModule } from './notify/notify-jobs.module.js';
import { NotifyModule } from './notify/notify.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { VerificationJobsModule } from './organisations/verification-jobs.module.js';
import { PrivacyJobsModule } from './privacy/privacy-jobs.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { AuthorityOrdersJobsModule } from './authority-orders/authority-orders-jobs.module.js';
import { AuthorityOrderHandlingModule } from './authority-orders/authority-order-handling.module.js';
import { AuthorityOrdersModule } from './authority-orders/authority-orders.module.js';
import { StorageModule } from './storage/storage.module.js';

const CONTEXT_MODULES = [
  ConfigModule,
  ClockModule,
  LoggingModule,
  DatabaseModule,
  JobsModule,
  JobsBoardModule,
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
  LagesbildModule,
  PrivacyModule,
  AuthorityOrdersModule,
  AuthorityOrderHandlingModule,
  HealthModule,
  DemoModule,
];

/** Each context's Bull workers and repeatable-job schedules, kept apart so an API-only process has none. */
const JOBS_MODULES = [
  AccessJobsModule,
  AuditJobsModule,
  AuthorityOrdersJobsModule,
  InsightsJobsModule,
  LagesbildJobsModule,
  ModerationJobsModule,
  NotifyJobsModule,
  PrivacyJobsModule,
  VerificationJobsModule,
];

const GLOBAL_PROVIDERS = [
  { provide: APP_PIPE, useFactory: createValidationPipe },
  { provide: APP_FILTER, useClass: HttpErrorFilter },
  { provide: APP_INTERCEPTOR, useClass: PageInterceptor },
];

/**
 * The whole service. One build, three roles (SAMVERKA_ROLE): the job workers are imported only
 * where this process runs jobs, so API instances scale out without consuming queues.
 */
@Module({})
export class AppModule {
  static forRole(config: Pick<AppConfig, 'runsJobs'>): DynamicModule {
    return { module: AppModule, imports: [...CONTEXT_MODULES, ...(config.runsJobs ? JOBS_MODULES : [])], providers: GLOBAL_PROVIDERS };
  }
}
