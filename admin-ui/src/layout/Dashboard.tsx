import type { ReactNode } from 'react';
import PrivacyTipIcon from '@mui/icons-material/PrivacyTip';
import { Button as MuiButton, Card, CardContent, Chip, Link, List, ListItem, Stack, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { isStaff, type MeRecord } from '@samverka/shared';
import { StaffInsights } from '../insights';
import { OrganisationStart } from './OrganisationStart';

/**
 * The first page after sign-in. Staff see who they are acting as; anyone without a staff role
 * (a citizen who found the console) gets a friendly explanation instead of an empty console.
 * The role check here only picks the wording: menus and pages are governed by canAccess.
 * Under the welcome, people who represent a verified organisation get their emblem and open tips,
 * and staff the charts the insights API puts on their dashboard.
 */
export const Dashboard = () => (
  <>
    <WelcomeDashboard />
    <OrganisationStart />
    <StaffInsights />
  </>
);

const WelcomeDashboard = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<MeRecord | null>();
  if (isPending || !permissions) return null;
  const me = permissions;
  const staff = isStaff(me.roles);
  const runs = me.groups.filter((group) => group.role === 'owner' || group.role === 'admin');
  if (!staff && runs.length > 0) return <GroupAdminDashboard me={me} groups={runs} />;
  if (!staff && me.organisations.some((organisation) => organisation.verified)) return <OrganisationMemberWelcome me={me} />;
  return (
    <Card sx={{ mt: 2 }} data-testid={staff ? 'dashboard-staff' : 'dashboard-not-staff'}>
      <Title title="samverka.title" />
      <CardContent>
        <Typography variant="h5" gutterBottom>
          {translate('samverka.dashboard.welcome', { name: me.displayName })}
        </Typography>
        {staff ? (
          <>
            <Typography sx={{ mb: 2 }}>{translate('samverka.dashboard.staff_intro')}</Typography>
            <Typography variant="subtitle2">{translate('samverka.dashboard.your_roles')}</Typography>
            <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap' }}>
              {me.roles.map((role) => (
                <Chip key={role} label={translate(`samverka.roles.${role}`)} size="small" />
              ))}
            </Stack>
            {me.municipalities.length > 0 && (
              <>
                <Typography variant="subtitle2">{translate('samverka.dashboard.your_municipalities')}</Typography>
                <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
                  {me.municipalities.map((municipality) => (
                    <Chip key={municipality.id} label={`${municipality.name} (${municipality.code})`} size="small" variant="outlined" />
                  ))}
                </Stack>
              </>
            )}
          </>
        ) : (
          <>
            <Typography variant="h6" gutterBottom>
              {translate('samverka.dashboard.not_staff_title')}
            </Typography>
            <Typography sx={{ mb: 2 }}>{translate('samverka.dashboard.not_staff_body')}</Typography>
            <MuiButton variant="contained" href="#/my-data" startIcon={<PrivacyTipIcon />} data-testid="dashboard-my-data-link">
              {translate('samverka.privacy.my_data.menu')}
            </MuiButton>
          </>
        )}
      </CardContent>
    </Card>
  );
};

/** For someone without a staff role who owns or administers groups: the groups they run. */
const GroupAdminDashboard = ({ me, groups }: { me: MeRecord; groups: MeRecord['groups'] }) => {
  const translate = useTranslate();
  return (
    <WelcomeCard me={me} testId="dashboard-group-admin">
      <Typography sx={{ mb: 2 }}>{translate('samverka.dashboard.group_admin_intro')}</Typography>
      <Typography variant="subtitle2">{translate('samverka.dashboard.your_groups')}</Typography>
      <List dense>
        {groups.map((group) => (
          <ListItem key={group.id} disableGutters>
            <Link href={`#/groups/${group.id}/show`}>{group.name}</Link>
            <Chip label={translate(`samverka.group_role.${group.role}`, { _: group.role })} size="small" sx={{ ml: 1 }} />
          </ListItem>
        ))}
      </List>
    </WelcomeCard>
  );
};

/** For someone without a staff role who represents a verified organisation: what the console is for them (the emblem and tips follow). */
const OrganisationMemberWelcome = ({ me }: { me: MeRecord }) => {
  const translate = useTranslate();
  return (
    <WelcomeCard me={me} testId="dashboard-organisation-member">
      <Typography>{translate('samverka.tips.start.intro')}</Typography>
    </WelcomeCard>
  );
};

/** The page's title and a welcome by name, above what a role finds on its start page. */
const WelcomeCard = ({ me, testId, children }: { me: MeRecord; testId: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }} data-testid={testId}>
      <Title title="samverka.title" />
      <CardContent>
        <Typography variant="h5" gutterBottom>
          {translate('samverka.dashboard.welcome', { name: me.displayName })}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};
