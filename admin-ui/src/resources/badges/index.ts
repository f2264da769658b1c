import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

/** Organisation badges and member emblems; status changes are buttons, never edits. */
export const badges: ResourceProps = {
  name: 'badges',
  list: lazyView(() => import('./List'), 'BadgeList'),
  show: lazyView(() => import('./Show'), 'BadgeShow'),
  icon: WorkspacePremiumIcon,
  recordRepresentation: 'code',
};

export { BadgeActions } from './BadgeActions';
export { BadgeQrButton } from './BadgeQrButton';
export { BadgeKindField, BadgeStatusField } from './fields';
