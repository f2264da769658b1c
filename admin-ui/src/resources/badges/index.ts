import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import type { ResourceProps } from 'react-admin';
import { BadgeList } from './List';
import { BadgeShow } from './Show';

/** Organisation badges and member emblems; status changes are buttons, never edits. */
export const badges: ResourceProps = {
  name: 'badges',
  list: BadgeList,
  show: BadgeShow,
  icon: WorkspacePremiumIcon,
  recordRepresentation: 'code',
};

export { BadgeActions } from './BadgeActions';
export { BadgeKindField, BadgeStatusField } from './fields';
