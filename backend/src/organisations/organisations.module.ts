import { Global, Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { OrganisationRelations } from '../identity/organisation-relations.port.js';
import { VerifiedReporters } from '../moderation/verified-reporters.port.js';
import { OrganisationMembership } from './organisation-membership.provider.js';
import { AllowedDomainsController } from './allowed-domains.controller.js';
import { AllowedDomainsService } from './allowed-domains.service.js';
import { ApplicationsService } from './applications.service.js';
import { BadgeRenewalService } from './badge-renewal.service.js';
import { BadgesController, PublicBadgesController } from './badges.controller.js';
import { BadgesService } from './badges.service.js';
import { DomainProofService } from './domain-proof.service.js';
import { OrganisationsController } from './organisations.controller.js';
import { OrganisationsService } from './organisations.service.js';
import { ReviewService } from './review.service.js';
import { ReviewerRefsRekey } from './reviewer-refs-rekey.service.js';
import { KeysModule } from '../platform/keys/keys.module.js';
import { EvidencePreviewService } from './evidence-preview.service.js';
import { EvidencePreviewsController } from './evidence-previews.controller.js';
import { VerificationApplicationsController } from './verification-applications.controller.js';
import { VerifyPageController } from './verify-page/verify-page.controller.js';
import { VerifyPageService } from './verify-page/verify-page.service.js';

/**
 * Organisations, their members, verification with four-eyes review, badges, the public check and
 * the public page that proves a badge (`/verify/<code>`).
 * Global for the membership answers identity and moderation read on every request.
 */
@Global()
@Module({
  imports: [IdentityModule, KeysModule],
  controllers: [OrganisationsController, VerificationApplicationsController, BadgesController, PublicBadgesController, VerifyPageController, AllowedDomainsController, EvidencePreviewsController],
  providers: [
    OrganisationMembership,
    { provide: OrganisationRelations, useExisting: OrganisationMembership },
    { provide: VerifiedReporters, useExisting: OrganisationMembership },
    AllowedDomainsService,
    ApplicationsService,
    BadgeRenewalService,
    BadgesService,
    DomainProofService,
    EvidencePreviewService,
    OrganisationsService,
    ReviewService,
    ReviewerRefsRekey,
    VerifyPageService,
  ],
  exports: [BadgesService, BadgeRenewalService, OrganisationRelations, VerifiedReporters],
})
export class OrganisationsModule {}
