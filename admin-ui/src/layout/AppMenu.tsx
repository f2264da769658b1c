import { Badge } from '@mui/material';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import InsightsIcon from '@mui/icons-material/Insights';
import PolicyIcon from '@mui/icons-material/Policy';
import PrivacyTipIcon from '@mui/icons-material/PrivacyTip';
import ReportIcon from '@mui/icons-material/Report';
import { Menu, usePermissions, useResourceDefinitions } from 'react-admin';
import { isStaff, Subject, type MeRecord } from '@samverka/shared';
import { abilityOf } from '../providers/access';
import { mayVerifyAuditChain } from '../resources/audit-events';
import { useOpenCaseCount } from '../resources/moderation-cases';
import { JobsBoardMenuItem } from './JobsBoardMenuItem';

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
 * react-admin's menu (each resource shown when canAccess allows its list) with a badge on the
 * moderation queue, the audit chain check under the audit log for those who may run it, the
 * transparency report for staff and the record of processing for those whose rules let them
 * read it, the queue dashboard for the platform owner, and everyone's own privacy page (Mina uppgifter).
 */
export const AppMenu = () => {
  const resources = useResourceDefinitions();
  const { permissions } = usePermissions<MeRecord | null>();
  return (
    <Menu>
      <Menu.DashboardItem />
      {Object.keys(resources)
        .filter((name) => resources[name].hasList)
        .flatMap((name) => [
          name === 'moderation-cases' ? <Menu.ResourceItem key={name} name={name} leftIcon={<CasesIcon />} /> : <Menu.ResourceItem key={name} name={name} />,
          // The chain check sits right under the audit log it verifies.
          ...(name === 'audit-events' && permissions && mayVerifyAuditChain(permissions)
            ? [<Menu.Item key="audit-chain" to="/audit-chain" primaryText="samverka.audit_chain.menu" leftIcon={<FactCheckIcon />} />]
            : []),
        ])}
      {permissions && isStaff(permissions.roles) && <Menu.Item to="/transparency" primaryText="samverka.transparency.menu" leftIcon={<InsightsIcon />} />}
      {permissions && abilityOf(permissions).can('read', Subject.RecordOfProcessing) && <Menu.Item to="/record-of-processing" primaryText="samverka.privacy.record.menu" leftIcon={<PolicyIcon />} />}
      {/* The queue dashboard: failed jobs, for the platform owner (rules: read Job). */}
      {permissions && abilityOf(permissions).can('read', Subject.Job) && <JobsBoardMenuItem />}
      {permissions && <Menu.Item to="/my-data" primaryText="samverka.privacy.my_data.menu" leftIcon={<PrivacyTipIcon />} />}
    </Menu>
  );
};
