import { Injectable } from '@nestjs/common';
import { Action, ApplicationStatus, AuditAction, Decision, recordOf, Subject, type VerificationApplicationRecord } from '@samverka/shared';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import { NotifyService } from '../notify/notify.service.js';
import { ApplicationsService } from './applications.service.js';
import { BadgesService } from './badges.service.js';
import { VerificationApplication, VerificationDecision } from './entities/verification.entity.js';
import { OrganisationsError, OrganisationsErrorCode } from './organisations.errors.js';

const OUTCOME: Record<Decision, { sv: string; en: string; audit: AuditAction }> = {
  [Decision.Approve]: { sv: 'godkänd', en: 'approved', audit: AuditAction.VerificationApproved },
  [Decision.Reject]: { sv: 'avslagen', en: 'rejected', audit: AuditAction.VerificationRejected },
  [Decision.RequestInfo]: { sv: 'vi behöver mer information', en: 'more information is needed', audit: AuditAction.VerificationInfoRequested },
};

/**
 * Decisions on applications. Police and municipality need two approvals by two different
 * reviewers, neither the applicant nor a member of the organisation; the database holds the
 * same rule (a unique index and a trigger), so a bug here cannot issue a badge on one opinion.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
    private readonly applications: ApplicationsService,
    private readonly badges: BadgesService,
    private readonly users: UsersRepository,
  ) {}

  approve(caller: Caller, id: string, grounds: string): Promise<VerificationApplicationRecord> {
    return this.decide(caller, id, Decision.Approve, grounds);
  }

  reject(caller: Caller, id: string, grounds: string): Promise<VerificationApplicationRecord> {
    return this.decide(caller, id, Decision.Reject, grounds);
  }

  requestInfo(caller: Caller, id: string, grounds: string): Promise<VerificationApplicationRecord> {
    return this.decide(caller, id, Decision.RequestInfo, grounds);
  }

  private async decide(caller: Caller, id: string, decision: Decision, grounds: string): Promise<VerificationApplicationRecord> {
    try {
      return await this.db.transaction(async (manager) => {
        // Locked: two reviewers approving at the same moment are counted one after the other.
        const record = await this.applications.loadRecord(manager, id, true);
        await this.assertIndependentReviewer(manager, caller, record);
        if (record.status === ApplicationStatus.AwaitingDomainProof) {
          throw new OrganisationsError(OrganisationsErrorCode.DomainProofMissing, 'The applicant has not yet confirmed an address at the official domain');
        }
        if (record.status !== ApplicationStatus.Pending) {
          throw new OrganisationsError(OrganisationsErrorCode.InvalidStatusTransition, `status is ${record.status}: only a pending application can be decided`);
        }
        if (decision === Decision.Approve) {
          if (record.decisions.some((d) => d.decision === Decision.Approve && d.reviewerId === caller.id)) {
            throw new OrganisationsError(OrganisationsErrorCode.AlreadyApprovedByYou, 'You have already approved this application: a second reviewer must approve it');
          }
          if (record.evidence.length === 0) throw new OrganisationsError(OrganisationsErrorCode.EvidenceMissing, 'There is no evidence to approve on');
        }
        await manager.insert(VerificationDecision, { applicationId: id, reviewerId: caller.id, decision, grounds });
        return this.apply(manager, caller, record, decision, grounds);
      });
    } catch (error) {
      throw translateConstraint(error);
    }
  }

  private async apply(manager: EntityManager, caller: Caller, record: VerificationApplicationRecord, decision: Decision, grounds: string): Promise<VerificationApplicationRecord> {
    const approvers: string[] = (
      await manager.query(`SELECT DISTINCT reviewer_id FROM verification_decisions WHERE application_id = $1 AND decision = 'approve' ORDER BY reviewer_id`, [record.id])
    ).map((row: { reviewer_id: string }) => row.reviewer_id);
    const next =
      decision === Decision.Reject
        ? ApplicationStatus.Rejected
        : decision === Decision.RequestInfo
          ? ApplicationStatus.InfoRequested
          : approvers.length >= record.requiredApprovals
            ? ApplicationStatus.Approved
            : ApplicationStatus.Pending;
    const decided = next === ApplicationStatus.Approved || next === ApplicationStatus.Rejected;
    await manager.update(VerificationApplication, { id: record.id }, { status: next, decidedAt: decided ? new Date() : null });
    await this.audit.record(manager, {
      actorId: caller.id,
      action: OUTCOME[decision].audit,
      subjectType: Subject.VerificationApplication,
      subjectId: record.id,
      municipalityId: record.municipalityIds[0] ?? null,
      reason: grounds,
      changes: { status: { before: record.status, after: next }, ...(decision === Decision.Approve ? { approvals: { before: record.approvals, after: approvers.length } } : {}) },
      requestId: caller.requestId,
    });
    if (next === ApplicationStatus.Approved) {
      await this.badges.issueForApplication(manager, record, approvers, caller.id, caller.requestId);
      await this.badges.issueMemberEmblems(manager, record.organisationId, caller.id, caller.requestId);
    }
    // A first approval of two is not news for the applicant; every other step is.
    if (next !== ApplicationStatus.Pending) {
      const emails = await this.users.emailsOf(manager, [record.applicantId]);
      await this.notify.email(manager, {
        to: emails.get(record.applicantId)!,
        userId: record.applicantId,
        template: 'verification-decision',
        params: { organisation: record.organisationName, outcomeSv: OUTCOME[decision].sv, outcomeEn: OUTCOME[decision].en, grounds },
      });
    }
    return this.applications.loadRecord(manager, record.id);
  }

  private async assertIndependentReviewer(manager: EntityManager, caller: Caller, record: VerificationApplicationRecord): Promise<void> {
    // Outside the caller's municipalities the application is missing, as GET says: a 403 confirmed it exists.
    if (!caller.ability.can(Action.Read, recordOf(Subject.VerificationApplication, record))) {
      throw new OrganisationsError(OrganisationsErrorCode.ApplicationNotFound, `No application with id ${record.id}`);
    }
    if (record.applicantId === caller.id) throw new OrganisationsError(OrganisationsErrorCode.OwnApplication, 'You cannot review your own application');
    const member = await manager.query(`SELECT 1 FROM organisation_members WHERE organisation_id = $1 AND user_id = $2 AND left_at IS NULL`, [record.organisationId, caller.id]);
    if (member.length > 0) throw new OrganisationsError(OrganisationsErrorCode.MemberOfOrganisation, 'You are a member of this organisation, so you cannot review it');
    if (!caller.ability.can(Action.Review, recordOf(Subject.VerificationApplication, record))) {
      throw new OrganisationsError(OrganisationsErrorCode.NotInScope, 'You do not serve any of the municipalities this organisation serves');
    }
  }
}

/** The database's own four-eyes guards, said in words a reviewer can act on. */
function translateConstraint(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const constraint = (error.driverError as { constraint?: string }).constraint;
  if (constraint === 'verification_decisions_one_approval_per_reviewer') {
    return new OrganisationsError(OrganisationsErrorCode.AlreadyApprovedByYou, 'You have already approved this application: a second reviewer must approve it');
  }
  if (constraint === 'verification_decisions_independent') {
    return new OrganisationsError(OrganisationsErrorCode.MemberOfOrganisation, 'A reviewer may not be the applicant or a member of the organisation');
  }
  return error;
}
