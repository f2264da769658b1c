import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import VerifiedIcon from '@mui/icons-material/Verified';
import { Button as MuiButton, Card, CardContent, Chip, type ChipProps, Link, List, ListItem, Stack, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import type { MeOrganisation, MeRecord } from '@samverka/shared';
import { useLocalDate } from '../components/use-local-date';
import { OpenOrdersCard } from '../resources/authority-orders';
import { useOpenTips } from '../resources/organisation-messages';

const STATUS_COLOURS: Record<string, ChipProps['color']> = { active: 'success', suspended: 'warning', revoked: 'error', expired: 'default' };

/**
 * The start page of someone who represents a verified organisation (the community police
 * officer): their emblem, to show a resident who asks, the tips waiting in the inbox, and the
 * orders their organisation has sent that are still open (for police organisations).
 * Nothing for anyone else.
 */
export const OrganisationStart = () => {
  const { permissions: me } = usePermissions<MeRecord | null>();
  const verified = me?.organisations.filter((organisation) => organisation.verified) ?? [];
  if (verified.length === 0) return null;
  return (
    <Stack spacing={2} sx={{ mt: 2 }} data-testid="organisation-start">
      {verified.map((organisation) => (
        <EmblemCard key={organisation.id} organisation={organisation} />
      ))}
      <OpenTipsCard />
      <OpenOrdersCard />
    </Stack>
  );
};

const EmblemCard = ({ organisation }: { organisation: MeOrganisation }) => {
  const translate = useTranslate();
  const date = useLocalDate();
  const { emblem, badge } = organisation;
  const status = emblem ? (emblem.valid ? 'valid' : emblem.status) : null;
  return (
    <Card data-testid="emblem-card" data-organisation-id={organisation.id}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <VerifiedIcon color="primary" aria-hidden />
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {organisation.name}
          </Typography>
          {status && (
            <Chip
              size="small"
              color={status === 'valid' ? 'success' : (STATUS_COLOURS[status] ?? 'default')}
              label={translate(status === 'valid' ? 'samverka.tips.start.valid' : `samverka.badges.status.${status}`)}
              data-testid="emblem-status"
              data-value={status}
            />
          )}
        </Stack>
        <Typography variant="subtitle2" gutterBottom>
          {translate('samverka.tips.start.emblem_title')} · {organisation.title}
        </Typography>
        {emblem ? (
          <Stack component="dl" direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1, m: 0, '& dd': { m: 0, fontWeight: 600 } }}>
            <Fact term={translate('samverka.tips.start.emblem_code')} testId="emblem-code">
              {emblem.code}
            </Fact>
            {emblem.validUntil && (
              <Fact term={translate('samverka.tips.start.valid_until')} testId="emblem-valid-until">
                {date(emblem.validUntil)}
              </Fact>
            )}
            {badge && (
              <Fact term={translate('samverka.tips.start.badge_code')} testId="organisation-badge-code">
                {badge.code}
              </Fact>
            )}
          </Stack>
        ) : (
          <Typography variant="body2">{translate('samverka.tips.start.no_emblem')}</Typography>
        )}
      </CardContent>
    </Card>
  );
};

const Fact = ({ term, testId, children }: { term: string; testId: string; children: string }) => (
  <div>
    <Typography component="dt" variant="caption" color="text.secondary">
      {term}
    </Typography>
    <Typography component="dd" variant="body1" data-testid={testId}>
      {children}
    </Typography>
  </div>
);

/** How many tips are open, the latest few (each opens in the inbox), and the way into it. */
const OpenTipsCard = () => {
  const translate = useTranslate();
  const date = useLocalDate();
  const { tips, total, isPending } = useOpenTips();
  return (
    <Card data-testid="open-tips-card" data-count={total ?? ''}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('samverka.tips.start.tips_title')}
        </Typography>
        {!isPending && (
          <Typography sx={{ mb: 1 }} data-testid="open-tips-count">
            {total ? translate('samverka.tips.start.open_count', { smart_count: total }) : translate('samverka.tips.start.none_open')}
          </Typography>
        )}
        {tips.length > 0 && (
          <>
            <Typography variant="subtitle2">{translate('samverka.tips.start.latest')}</Typography>
            <List dense>
              {tips.map((tip) => (
                <ListItem key={tip.id} disableGutters sx={{ display: 'block' }}>
                  <Link href={`#/organisation-messages/${tip.id}`} data-testid="open-tip-link" sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {tip.text}
                  </Link>
                  <Typography variant="caption" color="text.secondary">
                    {date(tip.createdAt)} · {translate('samverka.tips.drawer.from', { name: tip.senderName })}
                    {tip.readAt === null && ` · ${translate('samverka.tips.unread')}`}
                  </Typography>
                </ListItem>
              ))}
            </List>
          </>
        )}
        <MuiButton variant="contained" href="#/organisation-messages" startIcon={<MarkEmailUnreadIcon />} data-testid="open-inbox">
          {translate('samverka.tips.start.open_inbox')}
        </MuiButton>
      </CardContent>
    </Card>
  );
};
