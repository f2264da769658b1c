import type { ChipProps } from '@mui/material';
import { ChoiceChip } from '../../components/ChoiceChip';

export const BADGE_STATUS_COLOURS: Record<string, ChipProps['color']> = {
  active: 'success',
  suspended: 'warning',
  revoked: 'error',
  expired: 'default',
  superseded: 'default',
};

/** A badge's status as a coloured chip (`data-value` carries the status for tests). */
export const BadgeStatusField = ({ source = 'status' }: { source?: string; label?: string }) => (
  <ChoiceChip source={source} prefix="samverka.badges.status" colors={BADGE_STATUS_COLOURS} variant="filled" />
);

export const BadgeKindField = () => <ChoiceChip source="kind" prefix="samverka.badges.kind" />;
