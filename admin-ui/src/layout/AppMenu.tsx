import { Badge } from '@mui/material';
import AssessmentIcon from '@mui/icons-material/Assessment';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import InsightsIcon from '@mui/icons-material/Insights';
import NotificationsIcon from '@mui/icons-material/Notifications';
import PolicyIcon from '@mui/icons-material/Policy';
import PrivacyTipIcon from '@mui/icons-material/PrivacyTip';
import ReportIcon from '@mui/icons-material/Report';
import { Menu, useGetList, usePermissions, useResourceDefinitions, useTranslate } from 'react-admin';
import { Action, isStaff, Subject, type MeRecord } from '@samverka/shared';
import { abilityOf } from '../providers/access';
import { mayVerifyAuditChain } from '../resources/audit-events';
import { useOpenCaseCount } from '../resources/moderation-cases';
import { TipsMenuItem } from '../resources/organisation-messages';
import { JobsBoardMenuItem } from './JobsBoardMenuItem';
import { isRestricted, SuspendedMenu } from './suspension';

/** The moderation entry with the number of open cases waiting; refreshed every minute. */
const CasesIcon = () => {
  const open = useOpenCaseCount();
  return (
    <Badge badgeContent={open} color="error" max={99} data-testid="open-cases-badge" data-count={open ?? ''}>
      <ReportIcon />
    </Badge>
  );
};

/**
 * Lists that show a person only their own records unless their rules let them review others:
 * named for what they hold there, and left out while they hold nothing (a moderator's empty
 * verification queue, a citizen who never applied, someone who runs no verified organisation).
 * Each is counted sorted by a column its list allows (the API refuses a sort it does not know).
 */
const OWN_RECORDS: Readonly<Record<string, { label: string; sort: string }>> = {
  'verification-applications': { label: 'samverka.menu.my_applications', sort: 'createdAt' },
  organisations: { label: 'samverka.menu.my_organisations', sort: 'createdAt' },
  badges: { label: 'samverka.menu.my_badges', sort: 'issuedAt' },
};

const OwnRecordsItem = ({ name }: { name: string }) => {
  const translate = useTranslate();
  const { total } = useGetList(name, { pagination: { page: 1, perPage: 1 }, sort: { field: OWN_RECORDS[name].sort, order: 'DESC' } });
  if (!total) return null;
  return <Menu.ResourceItem name={name} primaryText={translate(OWN_RECORDS[name].label)} />;
};

/**
 * react-admin's menu (each resource shown when canAccess allows its list) with a badge on the
 * moderation queue, the tips inbox for those who represent an organisation, the audit chain check under the audit log for those who may run it, the
 * transparency report for staff and the record of processing for those whose rules let them
 * read it, the queue dashboard for the platform owner, and everyone's own notifications (Aviseringar,
 * also behind the bell) and privacy page (Mina uppgifter).
 */
export const AppMenu = () => {
  const resources = useResourceDefinitions();
  const { permissions } = usePermissions<MeRecord | null>();
  // Reviewers work the whole queue and the organisations behind it; others see their own only.
  const reviews = permissions ? abilityOf(permissions).can(Action.Review, Subject.VerificationApplication) : false;
  if (isRestricted(permissions)) return <SuspendedMenu />;
  return (
    <Menu>
      <Menu.DashboardItem />
      {Object.keys(resources)
        .filter((name) => resources[name].hasList)
        .flatMap((name) => [
          name === 'moderation-cases' ? (
            <Menu.ResourceItem key={name} name={name} leftIcon={<CasesIcon />} />
          ) : name === 'organisation-messages' ? (
            <TipsMenuItem key={name} />
          ) : name in OWN_RECORDS && !reviews ? (
            <OwnRecordsItem key={name} name={name} />
          ) : (
            <Menu.ResourceItem key={name} name={name} />
          ),
          // The chain check sits right under the audit log it verifies.
          ...(name === 'audit-events' && permissions && mayVerifyAuditChain(permissions)
            ? [<Menu.Item key="audit-chain" to="/audit-chain" primaryText="samverka.audit_chain.menu" leftIcon={<FactCheckIcon />} />]
            : []),
        ])}
      {permissions && abilityOf(permissions).can(Action.Read, Subject.Lagesbild) && <Menu.Item to="/lagesbild" primaryText="samverka.lagesbild.menu" leftIcon={<AssessmentIcon />} />}
      {permissions && isStaff(permissions.roles) && <Menu.Item to="/transparency" primaryText="samverka.transparency.menu" leftIcon={<InsightsIcon />} />}
      {permissions && abilityOf(permissions).can('read', Subject.RecordOfProcessing) && <Menu.Item to="/record-of-processing" primaryText="samverka.privacy.record.menu" leftIcon={<PolicyIcon />} />}
      {/* The queue dashboard: failed jobs, for the platform owner (rules: read Job). */}
      {permissions && abilityOf(permissions).can('read', Subject.Job) && <JobsBoardMenuItem />}
      {permissions && <Menu.Item to="/notifications" primaryText="samverka.flow.notifications.menu" leftIcon={<NotificationsIcon />} />}
      {permissions && <Menu.Item to="/my-data" primaryText="samverka.privacy.my_data.menu" leftIcon={<PrivacyTipIcon />} />}
    </Menu>
  );
};
