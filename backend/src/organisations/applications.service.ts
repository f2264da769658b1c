import { Injectable } from '@nestjs/common';
import {
  Action,
  ApplicationKind,
  ApplicationStatus,
  AuditAction,
  isAuthorityType,
  MemberRole,
  organisationNumberProblem,
  recordOf,
  Subject,
  type VerificationApplicationRecord,
} from '@samverka/shared';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { scopeQuery } from '../access/ability-scope.js';
import type { Caller } from '../access/caller.js';
import { AuditService, createdFields } from '../audit/audit.service.js';
import { MunicipalitiesService } from '../identity/municipalities/municipalities.service.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { StorageService } from '../storage/storage.service.js';
import type { StoredFile } from '../storage/stored-file.entity.js';
import { DomainProofService } from './domain-proof.service.js';
import { APPLICATIONS_LIST, type ApplicationFilterDto, type ApplyDto } from './dto/application.dto.js';
import { Organisation, OrganisationMember, OrganisationMunicipality } from './entities/organisation.entity.js';
import { ApplicationEvidence, VerificationApplication } from './entities/verification.entity.js';
import { Clock } from '../platform/clock/clock.js';
import { loadApplications, servedMunicipalities } from './organisation-records.js';
import { OrganisationsError, OrganisationsErrorCode } from './organisations.errors.js';

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 10;
const EVIDENCE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
const OPEN: ApplicationStatus[] = [ApplicationStatus.AwaitingDomainProof, ApplicationStatus.Pending, ApplicationStatus.InfoRequested];
const SORT_COLUMNS: Record<string, string> = { createdAt: 'a.created_at', updatedAt: 'a.updated_at', status: 'a.status', organisationName: 'o.name' };
const SERVED = servedMunicipalities('a.organisation_id');
const RULE_COLUMNS = { applicantId: 'a.applicant_id', municipalityIds: SERVED };

/** Applying for verification: the applicant's side, and the queue as reviewers see it. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly storage: StorageService,
    private readonly proofs: DomainProofService,
    private readonly clock: Clock,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  async list(caller: Caller, query: ListQuery<ApplicationFilterDto>): Promise<Page<VerificationApplicationRecord>> {
    const qb = this.db.getRepository(VerificationApplication).createQueryBuilder('a').select('a.id', 'id');
    scopeQuery(qb, caller.ability, Action.Read, Subject.VerificationApplication, RULE_COLUMNS);
    const { municipalityId, type, status, organisationId, minAgeDays, open, id } = query.filter;
    if (municipalityId) qb.andWhere(`a.organisation_id IN (${SERVED.keysLinkedTo(':municipalityIds')})`, { municipalityIds: [municipalityId] });
    if (type) qb.andWhere('a.organisation_type = :type', { type });
    if (status) qb.andWhere('a.status = :status', { status });
    if (open) qb.andWhere('a.status = ANY(:open)', { open: OPEN });
    if (organisationId) qb.andWhere('a.organisation_id = :organisationId', { organisationId });
    if (minAgeDays !== undefined) qb.andWhere('a.created_at <= now() - make_interval(days => :minAgeDays)', { minAgeDays });
    if (id) qb.andWhere('a.id = ANY(:ids)', { ids: id });
    const total = await qb.getCount();
    // Joined only to sort by name: every application has its organisation (a foreign key), so
    // the count needs no join, and merging with all 20 000 organisations was half its time.
    if (query.sort.field === 'organisationName') qb.innerJoin(Organisation, 'o', 'o.id = a.organisation_id');
    const rows: { id: string }[] = await qb.orderBy(SORT_COLUMNS[query.sort.field], query.sort.order).addOrderBy('a.id', 'ASC').offset(query.offset).limit(query.limit).getRawMany();
    const records = await loadApplications(
      this.db.manager,
      rows.map((row) => row.id),
      this.clock.now(),
    );
    return new Page(APPLICATIONS_LIST.resource, records, query.offset, total);
  }

  async get(caller: Caller, id: string): Promise<VerificationApplicationRecord> {
    const record = await this.loadRecord(this.db.manager, id);
    this.assertMay(caller, Action.Read, record);
    return record;
  }

  /** Evidence is shown only to those who may read the application: others learn nothing, not even that it exists. */
  async evidenceFile(caller: Caller, id: string, fileId: string): Promise<{ file: StoredFile; bytes: Buffer }> {
    const record = await this.get(caller, id);
    if (!record.evidence.some((file) => file.id === fileId)) throw new OrganisationsError(OrganisationsErrorCode.EvidenceNotFound, `No evidence ${fileId} in this application`);
    return this.storage.read(this.db.manager, fileId);
  }

  async apply(caller: Caller, dto: ApplyDto): Promise<VerificationApplicationRecord> {
    return this.db.transaction(async (manager) => {
      const organisation = dto.organisationId ? await this.existingOrganisation(manager, caller, dto.organisationId) : await this.createOrganisation(manager, caller, dto);
      const hasOpen = await manager
        .getRepository(VerificationApplication)
        .createQueryBuilder('a')
        .where('a.organisation_id = :id AND a.status = ANY(:open)', { id: organisation.id, open: OPEN })
        .getExists();
      if (hasOpen) throw new OrganisationsError(OrganisationsErrorCode.ApplicationOpen, 'This organisation already has an application under review');
      const renewal = await manager.query(`SELECT 1 FROM badges WHERE organisation_id = $1 AND kind = 'organisation' AND status IN ('active', 'suspended', 'expired', 'superseded') LIMIT 1`, [
        organisation.id,
      ]);
      const kind = renewal.length > 0 ? ApplicationKind.Renewal : ApplicationKind.Initial;
      const authority = isAuthorityType(organisation.type);
      // Renewals take one approval; a first verification of police or a municipality takes two.
      const requiredApprovals = authority && kind === ApplicationKind.Initial ? 2 : 1;
      const application = await manager.save(
        manager.create(VerificationApplication, {
          organisationId: organisation.id,
          organisationType: organisation.type,
          applicantId: caller.id,
          kind,
          status: authority && kind === ApplicationKind.Initial ? ApplicationStatus.AwaitingDomainProof : ApplicationStatus.Pending,
          message: dto.message,
          requiredApprovals,
        }),
      );
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.VerificationApplied,
        subjectType: Subject.VerificationApplication,
        subjectId: application.id,
        municipalityId: await this.firstMunicipality(manager, organisation.id),
        changes: createdFields({ organisationId: organisation.id, kind, status: application.status, requiredApprovals }),
        requestId: caller.requestId,
      });
      return this.loadRecord(manager, application.id);
    });
  }

  async addEvidence(caller: Caller, id: string, upload: { bytes: Buffer; originalName?: string } | undefined): Promise<VerificationApplicationRecord> {
    if (!upload) throw new OrganisationsError(OrganisationsErrorCode.EvidenceMissing, 'file is required (multipart/form-data, field "file")');
    return this.db.transaction(async (manager) => {
      const record = await this.loadForApplicant(manager, caller, id);
      if (record.evidence.length >= EVIDENCE_MAX_FILES) throw new OrganisationsError(OrganisationsErrorCode.TooMuchEvidence, `At most ${EVIDENCE_MAX_FILES} evidence files`);
      const file = await this.storage.store(
        manager,
        { field: 'file', bytes: upload.bytes, originalName: upload.originalName },
        { purpose: 'evidence', ownerId: caller.id, maxBytes: EVIDENCE_MAX_BYTES, accept: EVIDENCE_TYPES },
      );
      await manager.insert(ApplicationEvidence, { applicationId: id, fileId: file.id });
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.VerificationEvidenceAdded,
        subjectType: Subject.VerificationApplication,
        subjectId: id,
        municipalityId: record.municipalityIds[0] ?? null,
        changes: createdFields({ fileId: file.id, contentType: file.contentType, sha256: file.sha256 }),
        requestId: caller.requestId,
      });
      return this.loadRecord(manager, id);
    });
  }

  async sendDomainProof(caller: Caller, id: string, email: string): Promise<VerificationApplicationRecord> {
    return this.db.transaction(async (manager) => {
      const record = await this.loadForApplicant(manager, caller, id);
      if (record.status !== ApplicationStatus.AwaitingDomainProof) {
        throw new OrganisationsError(OrganisationsErrorCode.InvalidStatusTransition, `status is ${record.status}: no domain proof is awaited`);
      }
      // The allow-list is checked again: the platform owner may have withdrawn the domain since.
      await this.proofs.assertDomainAllowed(manager, record.emailDomain, record.organisationType);
      this.proofs.assertAtDomain(email, record.emailDomain);
      await this.proofs.send(manager, { organisationId: record.organisationId, organisationName: record.organisationName, userId: caller.id, email, target: { applicationId: id } });
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.VerificationDomainProofSent,
        subjectType: Subject.VerificationApplication,
        subjectId: id,
        municipalityId: record.municipalityIds[0] ?? null,
        changes: { email: { before: null, after: email } },
        requestId: caller.requestId,
      });
      return this.loadRecord(manager, id);
    });
  }

  async confirmDomainProof(caller: Caller, id: string, code: string): Promise<VerificationApplicationRecord> {
    const outcome = await this.db.transaction(async (manager) => {
      const record = await this.loadForApplicant(manager, caller, id);
      if (record.status !== ApplicationStatus.AwaitingDomainProof) {
        throw new OrganisationsError(OrganisationsErrorCode.InvalidStatusTransition, `status is ${record.status}: no domain proof is awaited`);
      }
      const result = await this.proofs.attempt(manager, { applicationId: id }, caller.id, code);
      const entry = { actorId: caller.id, subjectType: Subject.VerificationApplication, subjectId: id, municipalityId: record.municipalityIds[0] ?? null, requestId: caller.requestId };
      if (!result.ok) {
        await this.audit.record(manager, { ...entry, action: AuditAction.VerificationDomainProofFailed, reason: result.error.message });
        return result;
      }
      await manager.update(VerificationApplication, { id }, { status: ApplicationStatus.Pending });
      // The applicant has shown an address at the domain: that is their member confirmation too.
      await manager.update(
        OrganisationMember,
        { organisationId: record.organisationId, userId: caller.id, leftAt: IsNull() },
        { verifiedEmail: result.proof.email, confirmedAt: result.proof.confirmedAt },
      );
      await this.audit.record(manager, {
        ...entry,
        action: AuditAction.VerificationDomainProofConfirmed,
        changes: { status: { before: record.status, after: ApplicationStatus.Pending }, email: { before: null, after: result.proof.email } },
      });
      return result;
    });
    if (!outcome.ok) throw outcome.error;
    return this.get(caller, id);
  }

  async respond(caller: Caller, id: string, response: string): Promise<VerificationApplicationRecord> {
    return this.db.transaction(async (manager) => {
      const record = await this.loadForApplicant(manager, caller, id);
      if (record.status !== ApplicationStatus.InfoRequested) throw new OrganisationsError(OrganisationsErrorCode.InvalidStatusTransition, `status is ${record.status}: no information was requested`);
      await manager.update(VerificationApplication, { id }, { status: ApplicationStatus.Pending, response });
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.VerificationInfoProvided,
        subjectType: Subject.VerificationApplication,
        subjectId: id,
        municipalityId: record.municipalityIds[0] ?? null,
        reason: response,
        changes: { status: { before: record.status, after: ApplicationStatus.Pending } },
        requestId: caller.requestId,
      });
      return this.loadRecord(manager, id);
    });
  }

  async loadRecord(manager: EntityManager, id: string, lock = false): Promise<VerificationApplicationRecord> {
    if (lock) await manager.query(`SELECT id FROM verification_applications WHERE id = $1 FOR UPDATE`, [id]);
    const [record] = await loadApplications(manager, [id], this.clock.now());
    if (!record) throw new OrganisationsError(OrganisationsErrorCode.ApplicationNotFound, `No application with id ${id}`);
    return record;
  }

  /** Records the caller may not read are reported as missing, so their existence does not leak. */
  assertMay(caller: Caller, action: Action, record: VerificationApplicationRecord): void {
    if (caller.ability.can(action, recordOf(Subject.VerificationApplication, record))) return;
    if (!caller.ability.can(Action.Read, recordOf(Subject.VerificationApplication, record))) {
      throw new OrganisationsError(OrganisationsErrorCode.ApplicationNotFound, `No application with id ${record.id}`);
    }
    throw new OrganisationsError(OrganisationsErrorCode.NotAllowed, `You may not ${action} this application`);
  }

  private async loadForApplicant(manager: EntityManager, caller: Caller, id: string): Promise<VerificationApplicationRecord> {
    const record = await this.loadRecord(manager, id, true);
    this.assertMay(caller, Action.Update, record);
    if (!OPEN.includes(record.status)) throw new OrganisationsError(OrganisationsErrorCode.InvalidStatusTransition, `status is ${record.status}: the application is decided`);
    return record;
  }

  private async existingOrganisation(manager: EntityManager, caller: Caller, id: string): Promise<Organisation> {
    const organisation = await manager.findOneBy(Organisation, { id });
    if (!organisation) throw new OrganisationsError(OrganisationsErrorCode.OrganisationNotFound, `No organisation with id ${id}`);
    const admin = await manager.existsBy(OrganisationMember, { organisationId: id, userId: caller.id, role: MemberRole.Admin, leftAt: IsNull() });
    if (!admin) throw new OrganisationsError(OrganisationsErrorCode.NotAllowed, 'Only an admin of the organisation may apply for it');
    return organisation;
  }

  private async createOrganisation(manager: EntityManager, caller: Caller, dto: ApplyDto): Promise<Organisation> {
    const missing = (['name', 'type', 'organisationNumber', 'municipalityIds', 'title'] as const).filter((field) => dto[field] === undefined);
    if (missing.length > 0) throw new OrganisationsError(OrganisationsErrorCode.FieldsMissing, `${missing.join(', ')} required for a new organisation`);
    const problem = organisationNumberProblem(dto.organisationNumber!, dto.type);
    if (problem) throw new OrganisationsError(OrganisationsErrorCode.InvalidOrganisationNumber, `organisationNumber ${problem}`);
    if (isAuthorityType(dto.type!)) await this.proofs.assertDomainAllowed(manager, dto.emailDomain ?? null, dto.type!);
    if (!(await this.municipalities.allExist(manager, dto.municipalityIds!)))
      throw new OrganisationsError(OrganisationsErrorCode.MunicipalityNotFound, 'municipalityIds names a municipality that does not exist');
    const organisation = await manager.save(
      manager.create(Organisation, {
        name: dto.name!,
        type: dto.type!,
        organisationNumber: dto.organisationNumber!,
        emailDomain: dto.emailDomain ?? null,
        description: dto.description ?? null,
        contact: dto.contact ?? null,
        createdBy: caller.id,
      }),
    );
    await manager.insert(
      OrganisationMunicipality,
      dto.municipalityIds!.map((municipalityId) => ({ organisationId: organisation.id, municipalityId })),
    );
    // The applicant administers the organisation they register (and so may never review it).
    await manager.insert(OrganisationMember, { organisationId: organisation.id, userId: caller.id, title: dto.title!, role: MemberRole.Admin });
    await this.audit.record(manager, {
      actorId: caller.id,
      action: AuditAction.OrganisationCreated,
      subjectType: Subject.Organisation,
      subjectId: organisation.id,
      municipalityId: dto.municipalityIds![0],
      changes: createdFields({
        name: organisation.name,
        type: organisation.type,
        organisationNumber: organisation.organisationNumber,
        municipalityIds: dto.municipalityIds,
        emailDomain: organisation.emailDomain,
      }),
      requestId: caller.requestId,
    });
    return organisation;
  }

  private async firstMunicipality(manager: EntityManager, organisationId: string): Promise<string | null> {
    const rows: { municipality_id: string }[] = await manager.query(`SELECT municipality_id FROM organisation_municipalities WHERE organisation_id = $1 ORDER BY municipality_id LIMIT 1`, [
      organisationId,
    ]);
    return rows[0]?.municipality_id ?? null;
  }
}
