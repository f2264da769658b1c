import { Box, Chip, type ChipProps, Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import type { OrganisationMessageRecord } from '@samverka/shared';
import { ChoiceChip } from '../../components/ChoiceChip';

const STATE_COLOURS: Record<string, ChipProps['color']> = { open: 'primary', closed: 'default' };

/** Open or closed, in words (`data-value` carries the state for tests). */
export const TipStateField = (_props: { source?: string; label?: string }) => <ChoiceChip source="state" prefix="samverka.tips.state" colors={STATE_COLOURS} />;

/**
 * The tip's first lines, with a "new" chip while nobody in the organisation has opened it. The
 * text is the row's link: Tab reaches it and Enter opens the tip beside the list.
 */
export const TipTextField = (_props: { source?: string; label?: string }) => {
  const tip = useRecordContext<OrganisationMessageRecord>();
  const translate = useTranslate();
  if (!tip) return null;
  const unread = tip.readAt === null;
  return (
    <Box sx={{ maxWidth: 420 }} data-testid="tip-row" data-tip-id={tip.id} data-unread={unread ? 'true' : 'false'}>
      {unread && <Chip size="small" color="secondary" label={translate('samverka.tips.unread_marker')} sx={{ mr: 1 }} data-testid="tip-unread" />}
      <Link
        to={`/organisation-messages/${tip.id}`}
        data-tip-link={tip.id}
        onClick={(event: React.MouseEvent) => event.stopPropagation()}
        sx={{ color: 'inherit', textDecoration: 'none', '&:hover': { textDecoration: 'underline' } }}
      >
        <Typography
          variant="body2"
          component="span"
          sx={{ fontWeight: unread ? 'bold' : 'normal', whiteSpace: 'pre-line', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
        >
          {tip.text}
        </Typography>
      </Link>
    </Box>
  );
};

/** Whether the organisation has answered, in words. */
export const AnsweredField = (_props: { source?: string; label?: string }) => {
  const tip = useRecordContext<OrganisationMessageRecord>();
  const translate = useTranslate();
  if (!tip) return null;
  return <Typography variant="body2">{translate(tip.answeredAt ? 'samverka.tips.answered' : 'samverka.tips.not_answered')}</Typography>;
};
