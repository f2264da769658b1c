import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { isStaff, type MeRecord } from '@samverka/shared';

/**
 * The first page after sign-in. Staff see who they are acting as; anyone without a staff role
 * (a citizen who found the console) gets a friendly explanation instead of an empty console.
 * The role check here only picks the wording: menus and pages are governed by canAccess.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<MeRecord | null>();
  if (isPending || !permissions) return null;
  const me = permissions;
  const staff = isStaff(me.roles);
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
                    <Chip
                      key={municipality.id}
                      label={`${municipality.name} (${municipality.code})`}
                      size="small"
                      variant="outlined"
                    />
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
          </>
        )}
      </CardContent>
    </Card>
  );
};
