import { describe, expect, it } from '@jest/globals';
import type { AuthorityOrderType } from '../domain/authority-orders.js';
import { Role } from '../domain/roles.js';
import { abilityFor, abilityFromPackedRules, defineRulesFor, packAbilityRules, recordOf, rolesAllowedTo } from './rules.js';
import { Action, actionForConsole, Subject } from './subjects.js';

const SIGTUNA = 'sigtuna-id';
const STRANGNAS = 'strangnas-id';
const person = (roles: Role[], municipalityIds: string[] = []) => ({ id: 'me', roles, municipalityIds });

describe(defineRulesFor.name, () => {
  it('lets the platform owner manage everything except rewriting the audit log', () => {
    const ability = abilityFor(person([Role.PlatformOwner]));
    expect(ability.can(Action.Update, Subject.User)).toBe(true);
    expect(ability.can(Action.Suspend, Subject.User)).toBe(true);
    expect(ability.can(Action.Create, Subject.Municipality)).toBe(true);
    expect(ability.can(Action.Read, Subject.AuditEvent)).toBe(true);
    expect(ability.can(Action.Update, Subject.AuditEvent)).toBe(false);
    expect(ability.can(Action.Delete, Subject.AuditEvent)).toBe(false);
  });

  it('lets a coordinator read people and audit events of their own municipalities only', () => {
    const ability = abilityFor(person([Role.Coordinator], [SIGTUNA]));
    expect(ability.can(Action.Read, recordOf(Subject.User, { homeMunicipalityId: SIGTUNA }))).toBe(true);
    expect(ability.can(Action.Read, recordOf(Subject.User, { homeMunicipalityId: STRANGNAS }))).toBe(false);
    expect(ability.can(Action.Read, recordOf(Subject.AuditEvent, { municipalityId: SIGTUNA }))).toBe(true);
    expect(ability.can(Action.Read, recordOf(Subject.AuditEvent, { municipalityId: STRANGNAS }))).toBe(false);
    expect(ability.can(Action.Update, Subject.User)).toBe(false);
  });

  it('lets a moderator look anyone up but change nothing about accounts', () => {
    const ability = abilityFor(person([Role.Moderator]));
    expect(ability.can(Action.Read, recordOf(Subject.User, { homeMunicipalityId: STRANGNAS }))).toBe(true);
    expect(ability.can(Action.Suspend, Subject.User)).toBe(false);
    expect(ability.can(Action.Read, Subject.AuditEvent)).toBe(false);
  });

  it('gives a citizen the municipalities and nothing of the back-office', () => {
    const ability = abilityFor(person([Role.Citizen]));
    expect(ability.can(Action.Read, Subject.Municipality)).toBe(true);
    expect(ability.can(Action.Read, Subject.User)).toBe(false);
    expect(ability.can(Action.Read, Subject.AuditEvent)).toBe(false);
  });

  it('adds up the rules of several roles', () => {
    const ability = abilityFor(person([Role.Moderator, Role.Coordinator], [SIGTUNA]));
    expect(ability.can(Action.Read, recordOf(Subject.AuditEvent, { municipalityId: SIGTUNA }))).toBe(true);
    expect(ability.can(Action.Read, recordOf(Subject.User, { homeMunicipalityId: STRANGNAS }))).toBe(true);
  });

  it('survives packing for the console unchanged', () => {
    const rules = defineRulesFor(person([Role.Coordinator], [SIGTUNA]));
    const rebuilt = abilityFromPackedRules(JSON.parse(JSON.stringify(packAbilityRules(rules))));
    const original = abilityFor(person([Role.Coordinator], [SIGTUNA]));
    const probes = [
      [Action.Read, recordOf(Subject.User, { homeMunicipalityId: SIGTUNA })],
      [Action.Read, recordOf(Subject.User, { homeMunicipalityId: STRANGNAS })],
      [Action.Read, recordOf(Subject.AuditEvent, { municipalityId: SIGTUNA })],
      [Action.Update, recordOf(Subject.AuditEvent, { municipalityId: SIGTUNA })],
      [Action.Read, Subject.Municipality],
      [Action.Create, Subject.Municipality],
    ] as const;
    const answers = (ability: typeof original) => probes.map(([action, subject]) => ability.can(action, subject));
    expect(answers(rebuilt)).toEqual(answers(original));
    expect(answers(rebuilt)).toEqual([true, false, true, false, true, false]);
  });
});

describe(actionForConsole.name, () => {
  it("maps react-admin's list, show, export and edit to rule actions and passes others through", () => {
    expect(['list', 'show', 'export', 'edit', 'create', 'delete', 'suspend'].map(actionForConsole)).toEqual(['read', 'read', 'read', 'update', 'create', 'delete', 'suspend']);
  });
});

describe('verification rules', () => {
  const application = (municipalityIds: string[], applicantId = 'someone') => recordOf(Subject.VerificationApplication, { municipalityIds, applicantId });

  it('lets a coordinator review applications of organisations serving their municipalities only', () => {
    const ability = abilityFor(person([Role.Coordinator], [SIGTUNA]));
    expect(ability.can(Action.Review, application([SIGTUNA, STRANGNAS]))).toBe(true);
    expect(ability.can(Action.Review, application([STRANGNAS]))).toBe(false);
    expect(ability.can(Action.Read, application([STRANGNAS]))).toBe(false);
    expect(ability.can(Action.Revoke, recordOf(Subject.Badge, { municipalityIds: [SIGTUNA] }))).toBe(true);
  });

  it('never lets anyone review their own application, the platform owner included', () => {
    expect(abilityFor(person([Role.Coordinator], [SIGTUNA])).can(Action.Review, application([SIGTUNA], 'me'))).toBe(false);
    expect(abilityFor(person([Role.PlatformOwner])).can(Action.Review, application([SIGTUNA], 'me'))).toBe(false);
    expect(abilityFor(person([Role.PlatformOwner])).can(Action.Review, application([SIGTUNA]))).toBe(true);
  });

  it('lets a citizen apply and follow their own applications, but not review', () => {
    const ability = abilityFor(person([Role.Citizen]));
    expect(ability.can(Action.Create, Subject.VerificationApplication)).toBe(true);
    expect(ability.can(Action.Read, application([SIGTUNA], 'me'))).toBe(true);
    expect(ability.can(Action.Read, application([SIGTUNA]))).toBe(false);
    expect(ability.can(Action.Review, Subject.VerificationApplication)).toBe(false);
    expect(ability.can(Action.Update, recordOf(Subject.Organisation, { adminIds: ['me'] }))).toBe(true);
    expect(ability.can(Action.Read, Subject.EmailMessage)).toBe(false);
  });

  it("lets an organisation's admins read its badges and emblems, and nobody else's, but never revoke or suspend them", () => {
    const ability = abilityFor(person([Role.Citizen]));
    const badge = (organisationAdminIds: string[]) => recordOf(Subject.Badge, { municipalityIds: [SIGTUNA], organisationAdminIds });
    expect(ability.can(Action.Read, badge(['someone', 'me']))).toBe(true);
    expect(ability.can(Action.Read, badge(['someone']))).toBe(false);
    expect(ability.can(Action.Revoke, badge(['me']))).toBe(false);
    expect(ability.can(Action.Suspend, badge(['me']))).toBe(false);
  });
});

describe('moderation sanction rules', () => {
  const account = (roles: Role[]) => recordOf(Subject.User, { id: 'someone', roles });

  it('lets moderators and group admins sanction citizens but never staff; the platform owner sanctions anyone', () => {
    const moderator = abilityFor(person([Role.Moderator]));
    const groupAdmin = abilityFor({ ...person([Role.Citizen]), adminGroupIds: ['group'] });
    for (const ability of [moderator, groupAdmin]) {
      expect(ability.can(Action.Sanction, account([Role.Citizen]))).toBe(true);
      expect(ability.can(Action.Sanction, account([Role.Moderator]))).toBe(false);
      expect(ability.can(Action.Sanction, account([Role.Coordinator]))).toBe(false);
      expect(ability.can(Action.Sanction, account([Role.PlatformOwner]))).toBe(false);
    }
    expect(abilityFor(person([Role.Citizen])).can(Action.Sanction, account([Role.Citizen]))).toBe(false);
    expect(abilityFor(person([Role.PlatformOwner])).can(Action.Sanction, account([Role.Moderator]))).toBe(true);
    expect(abilityFor(person([Role.PlatformOwner, Role.Moderator])).can(Action.Sanction, account([Role.Coordinator]))).toBe(true);
  });
  it('lets a coordinator read and make the lägesbild of their own municipalities only; moderators and citizens none', () => {
    const coordinator = abilityFor(person([Role.Coordinator], [SIGTUNA]));
    for (const action of [Action.Read, Action.Create]) {
      expect(coordinator.can(action, recordOf(Subject.Lagesbild, { municipalityId: SIGTUNA }))).toBe(true);
      expect(coordinator.can(action, recordOf(Subject.Lagesbild, { municipalityId: STRANGNAS }))).toBe(false);
    }
    expect(abilityFor(person([Role.PlatformOwner])).can(Action.Read, recordOf(Subject.Lagesbild, { municipalityId: STRANGNAS }))).toBe(true);
    expect(abilityFor(person([Role.Moderator])).can(Action.Read, Subject.Lagesbild)).toBe(false);
    expect(abilityFor(person([Role.Citizen])).can(Action.Read, Subject.Lagesbild)).toBe(false);
  });
});

describe('suspended rules', () => {
  it('leave a suspended owner, moderator, coordinator or group admin only the right to appeal', () => {
    const everyone = { ...person([Role.PlatformOwner, Role.Moderator, Role.Coordinator, Role.Citizen], [SIGTUNA]), adminGroupIds: ['group'], ownedGroupIds: ['group'], suspended: true };
    const ability = abilityFor(everyone);
    expect(ability.can(Action.Create, Subject.Appeal)).toBe(true);
    expect(ability.rules).toHaveLength(1);
    for (const [action, subject] of [
      [Action.Manage, 'all'],
      [Action.Read, Subject.Municipality],
      [Action.Read, Subject.User],
      [Action.Read, Subject.Appeal],
      [Action.Decide, Subject.ModerationCase],
      [Action.Create, Subject.Notice],
      [Action.Create, Subject.Group],
      [Action.Update, Subject.Group],
      [Action.Create, Subject.VerificationApplication],
      [Action.Read, Subject.PrivacyRequest],
    ] as const) {
      expect([action, subject, ability.can(action, subject)]).toEqual([action, subject, false]);
    }
  });
});

describe('organisation tip rules', () => {
  const tip = (memberIds: string[]) => recordOf(Subject.OrganisationMessage, { organisationId: 'police', memberIds });

  it("lets an organisation's members read and handle its tips, whatever their role", () => {
    for (const roles of [[Role.Citizen], [Role.Coordinator]]) {
      const ability = abilityFor(person(roles, [SIGTUNA]));
      expect(ability.can(Action.Read, tip(['colleague', 'me']))).toBe(true);
      expect(ability.can(Action.Update, tip(['me']))).toBe(true);
      expect(ability.can(Action.Delete, tip(['me']))).toBe(false);
    }
  });

  it('keeps tips from everyone outside the organisation, the platform owner and moderators included', () => {
    for (const roles of [[Role.PlatformOwner], [Role.Moderator], [Role.Coordinator], [Role.Citizen]]) {
      const ability = abilityFor(person(roles, [SIGTUNA]));
      expect(ability.can(Action.Read, tip(['colleague']))).toBe(false);
      expect(ability.can(Action.Update, tip([]))).toBe(false);
    }
    // The owner still manages everything else.
    expect(abilityFor(person([Role.PlatformOwner])).can(Action.Update, Subject.Post)).toBe(true);
  });
});

describe('authority order rules', () => {
  const POLICE = 'police-org';
  const order = (issuingOrganisationId: string | null, type: AuthorityOrderType) => recordOf(Subject.AuthorityOrder, { issuingOrganisationId, type });

  it("lets a verified police organisation's member file and read their own organisation's orders only, never decide them", () => {
    const ability = abilityFor({ ...person([Role.Citizen]), policeOrganisationIds: [POLICE] });
    expect(ability.can(Action.Create, order(POLICE, 'preserve'))).toBe(true);
    expect(ability.can(Action.Read, order(POLICE, 'preserve'))).toBe(true);
    expect(ability.can(Action.Read, order('other-org', 'preserve'))).toBe(false);
    expect(ability.can(Action.Create, order(null, 'preserve'))).toBe(false);
    expect(ability.can(Action.Decide, order(POLICE, 'preserve'))).toBe(false);
  });

  it('lets moderators read and decide orders to act against content, read and confirm information orders only, and file none', () => {
    const ability = abilityFor(person([Role.Moderator]));
    expect(ability.can(Action.Read, order(POLICE, 'act_against_content'))).toBe(true);
    expect(ability.can(Action.Decide, order(POLICE, 'act_against_content'))).toBe(true);
    expect(ability.can(Action.Read, order(POLICE, 'provide_information'))).toBe(true);
    expect(ability.can(Action.Confirm, order(POLICE, 'provide_information'))).toBe(true);
    expect(ability.can(Action.Decide, order(POLICE, 'provide_information'))).toBe(false);
    expect(ability.can(Action.Read, order(POLICE, 'preserve'))).toBe(false);
    expect(ability.can(Action.Confirm, order(POLICE, 'act_against_content'))).toBe(false);
    expect(ability.can(Action.Create, Subject.AuthorityOrder)).toBe(false);
  });

  it("gives a disclosure's data to the issuing organisation's members only: not the owner, a moderator or another organisation", () => {
    const disclosure = (recipientOrganisationId: string | null) => recordOf(Subject.AuthorityOrderDisclosure, { recipientOrganisationId });
    expect(abilityFor({ ...person([Role.Citizen]), policeOrganisationIds: [POLICE] }).can(Action.Read, disclosure(POLICE))).toBe(true);
    expect(abilityFor({ ...person([Role.Citizen]), policeOrganisationIds: ['other-org'] }).can(Action.Read, disclosure(POLICE))).toBe(false);
    expect(abilityFor(person([Role.PlatformOwner])).can(Action.Read, disclosure(POLICE))).toBe(false);
    expect(abilityFor(person([Role.PlatformOwner])).can(Action.Read, disclosure(null))).toBe(false);
    expect(abilityFor(person([Role.Moderator])).can(Action.Read, disclosure(POLICE))).toBe(false);
    expect(abilityFor(person([Role.PlatformOwner])).can(Action.Confirm, order(POLICE, 'provide_information'))).toBe(true);
  });

  it('gives citizens and coordinators no access to orders, and the platform owner all of it', () => {
    expect(abilityFor(person([Role.Citizen])).can(Action.Read, Subject.AuthorityOrder)).toBe(false);
    expect(abilityFor(person([Role.Coordinator], [SIGTUNA])).can(Action.Create, Subject.AuthorityOrder)).toBe(false);
    expect(abilityFor(person([Role.PlatformOwner])).can(Action.Decide, order(null, 'provide_information'))).toBe(true);
  });

  it('names the roles that decide an order by the rules: the platform owner always, moderators for an order against content', () => {
    expect(rolesAllowedTo(Action.Decide, order(POLICE, 'preserve'))).toEqual([Role.PlatformOwner]);
    expect(rolesAllowedTo(Action.Decide, order(POLICE, 'act_against_content'))).toEqual([Role.PlatformOwner, Role.Moderator]);
    expect(rolesAllowedTo(Action.Manage, Subject.AuditEvent)).toEqual([Role.PlatformOwner]);
  });
});
