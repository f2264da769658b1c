import BackHandIcon from '@mui/icons-material/BackHand';
import type { ResourceProps } from 'react-admin';
import { LegalHoldCreate } from './Create';
import { LegalHoldList } from './List';

/** Legal holds: placed with a reason, reference and end date; lifted, never edited. */
export const legalHolds: ResourceProps = {
  name: 'legal-holds',
  list: LegalHoldList,
  create: LegalHoldCreate,
  icon: BackHandIcon,
};
