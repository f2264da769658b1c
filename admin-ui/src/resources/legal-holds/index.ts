import BackHandIcon from '@mui/icons-material/BackHand';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

/** Legal holds: placed with a reason, reference and end date; lifted, never edited. */
export const legalHolds: ResourceProps = {
  name: 'legal-holds',
  list: lazyView(() => import('./List'), 'LegalHoldList'),
  create: lazyView(() => import('./Create'), 'LegalHoldCreate'),
  icon: BackHandIcon,
};
