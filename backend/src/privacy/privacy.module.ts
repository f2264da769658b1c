import { Global, Module } from '@nestjs/common';
import { TermsAcceptance } from '../identity/terms-acceptance.port.js';
import { KeysModule } from '../platform/keys/keys.module.js';
import { CertificateLinks } from './certificate-links.js';
import { ConsentsService } from './consents.service.js';
import { ErasureCertificatesService } from './erasure-certificates.service.js';
import { ErasureCheckService } from './erasure-check.service.js';
import { ErasureService } from './erasure.service.js';
import { ExportService } from './export.service.js';
import { LegalHoldsService } from './legal-holds.service.js';
import { MePrivacyController } from './me-privacy.controller.js';
import type { PersonalDataHolder } from './personal-data-holder.js';
import { PERSONAL_DATA_HOLDERS, PersonalDataRegistry } from './personal-data-registry.js';
import { ConsentPurposesController, LegalHoldsController, PrivacyAdminController } from './privacy-admin.controller.js';
import { PrivacyRequestsController } from './privacy-requests.controller.js';
import { PublicErasureCertificatesController } from './public-erasure-certificates.controller.js';
import { PublicTermsController } from './public-terms.controller.js';
import { RecordOfProcessingService } from './record-of-processing.service.js';
import { PrivacyRequestsService } from './requests.service.js';
import { RetentionService } from './retention.service.js';

/**
 * GDPR. Global for the terms acceptance that registration records. The holders live in their own contexts' folders and need only global services
 * (database, storage, the groups' membership rules), so they are provided here and the other
 * modules stay as they were.
 */
@Global()
@Module({
  imports: [KeysModule],
  controllers: [PublicTermsController, PublicErasureCertificatesController, MePrivacyController, PrivacyRequestsController, ConsentPurposesController, LegalHoldsController, PrivacyAdminController],
  providers: [
    ...PERSONAL_DATA_HOLDERS,
    { provide: PersonalDataRegistry, inject: PERSONAL_DATA_HOLDERS, useFactory: (...holders: PersonalDataHolder[]) => new PersonalDataRegistry(holders) },
    CertificateLinks,
    ConsentsService,
    { provide: TermsAcceptance, useExisting: ConsentsService },
    ErasureCheckService,
    ErasureCertificatesService,
    ErasureService,
    ExportService,
    LegalHoldsService,
    PrivacyRequestsService,
    RecordOfProcessingService,
    RetentionService,
  ],
  exports: [ConsentsService, ErasureService, ExportService, LegalHoldsService, PersonalDataRegistry, RetentionService, TermsAcceptance],
})
export class PrivacyModule {}
