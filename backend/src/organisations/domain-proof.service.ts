import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotifyService } from '../notify/notify.service.js';
import { AppConfig } from '../platform/config/app-config.js';
import { KeyPurpose } from '../platform/keys/key-purpose.js';
import { Keys } from '../platform/keys/keys.js';
import { AllowedEmailDomain } from './entities/organisation.entity.js';
import { DomainProof } from './entities/verification.entity.js';
import { OrganisationsError, OrganisationsErrorCode } from './organisations.errors.js';

export const MAX_PROOF_ATTEMPTS = 5;

export type ProofTarget = { applicationId: string } | { memberId: string };
export type ProofOutcome = { ok: true; proof: DomainProof } | { ok: false; error: OrganisationsError };

/**
 * One-time codes that prove control of an address at an official domain. Six digits are easy to
 * guess offline, so the stored hash is keyed (its own key, derived from the server secret), and
 * five wrong tries end a code.
 */
@Injectable()
export class DomainProofService {
  constructor(
    private readonly notify: NotifyService,
    private readonly keys: Keys,
    private readonly config: AppConfig,
  ) {}

  /** The domain must be on the platform owner's allow-list for this type of organisation. */
  async assertDomainAllowed(manager: EntityManager, domain: string | null, type: string): Promise<void> {
    if (!domain) throw new OrganisationsError(OrganisationsErrorCode.DomainRequired, `emailDomain is required for type ${type}`);
    const allowed = await manager.existsBy(AllowedEmailDomain, { domain, organisationType: type as AllowedEmailDomain['organisationType'] });
    if (!allowed) {
      throw new OrganisationsError(OrganisationsErrorCode.DomainNotAllowed, `emailDomain ${domain} is not on the platform's list of official ${type} domains`);
    }
  }

  assertAtDomain(email: string, domain: string | null): void {
    if (!domain || email.split('@')[1] !== domain) {
      throw new OrganisationsError(OrganisationsErrorCode.AddressNotAtDomain, `email must be an address at ${domain ?? 'the organisation domain'}`);
    }
  }

  /** Creates a code for the target and e-mails it, in the caller's transaction. */
  async send(manager: EntityManager, input: { organisationId: string; organisationName: string; userId: string; email: string; target: ProofTarget }): Promise<DomainProof> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const proof = await manager.save(
      manager.create(DomainProof, {
        organisationId: input.organisationId,
        applicationId: 'applicationId' in input.target ? input.target.applicationId : null,
        memberId: 'memberId' in input.target ? input.target.memberId : null,
        userId: input.userId,
        email: input.email,
        codeHash: 'pending',
        expiresAt: new Date(Date.now() + this.config.lifetimes.domainProofMinutes * 60_000),
      }),
    );
    // The hash is bound to the proof id, so a code cannot be replayed against another proof.
    await manager.update(DomainProof, { id: proof.id }, { codeHash: this.hash(proof.id, code) });
    await this.notify.email(manager, {
      to: input.email,
      userId: input.userId,
      template: 'domain-proof-code',
      params: { code, address: input.email, organisation: input.organisationName, minutes: String(this.config.lifetimes.domainProofMinutes) },
    });
    return proof;
  }

  /**
   * Checks a code against the latest unconfirmed proof of the target. A wrong try is counted even
   * though the request fails: the caller commits the outcome and throws afterwards.
   */
  async attempt(manager: EntityManager, target: ProofTarget, userId: string, code: string): Promise<ProofOutcome> {
    const where = 'applicationId' in target ? 'p.application_id = :id' : 'p.member_id = :id';
    const id = 'applicationId' in target ? target.applicationId : target.memberId;
    const proof = await manager
      .getRepository(DomainProof)
      .createQueryBuilder('p')
      .addSelect('p.codeHash')
      .where(where, { id })
      .andWhere('p.userId = :userId', { userId })
      .andWhere('p.confirmedAt IS NULL')
      .orderBy('p.createdAt', 'DESC')
      .setLock('pessimistic_write')
      .getOne();
    if (!proof) return { ok: false, error: new OrganisationsError(OrganisationsErrorCode.DomainProofNotRequested, 'No code has been sent: ask for one first') };
    if (proof.attempts >= MAX_PROOF_ATTEMPTS) {
      return { ok: false, error: new OrganisationsError(OrganisationsErrorCode.TooManyAttempts, 'Too many wrong codes: ask for a new one') };
    }
    if (proof.expiresAt.getTime() < Date.now()) return { ok: false, error: new OrganisationsError(OrganisationsErrorCode.CodeExpired, 'The code has expired: ask for a new one') };
    if (!this.matches(proof.codeHash, proof.id, code)) {
      await manager.update(DomainProof, { id: proof.id }, { attempts: proof.attempts + 1 });
      const left = MAX_PROOF_ATTEMPTS - proof.attempts - 1;
      return { ok: false, error: new OrganisationsError(OrganisationsErrorCode.CodeWrong, `code is wrong; ${left} tries left`) };
    }
    const confirmedAt = new Date();
    await manager.update(DomainProof, { id: proof.id }, { confirmedAt, attempts: proof.attempts + 1 });
    return { ok: true, proof: { ...proof, confirmedAt } };
  }

  /** `k2:` and the HMAC under the domain-proof key. */
  private hash(proofId: string, code: string): string {
    return `${KEYED}${hmacHex(this.keys.for(KeyPurpose.DomainProofCode), proofId, code)}`;
  }

  /**
   * A hash without the prefix was made before the purpose keys, with JWT_SECRET itself: such a
   * code lives 30 minutes, so it is accepted under that key only until it expires.
   */
  private matches(stored: string, proofId: string, code: string): boolean {
    const given = stored.startsWith(KEYED) ? this.hash(proofId, code) : hmacHex(this.keys.legacySecret, proofId, code);
    const [a, b] = [Buffer.from(stored), Buffer.from(given)];
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

const KEYED = 'k2:';

const hmacHex = (key: Buffer | string, proofId: string, code: string): string => createHmac('sha256', key).update(`${proofId}:${code}`).digest('hex');
