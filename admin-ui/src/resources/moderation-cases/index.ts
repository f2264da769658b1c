import ReportIcon from '@mui/icons-material/Report';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

export { refusalMessage } from './errors';
export { PersonName, RuleChips } from './fields';
export { useOpenCaseCount } from './use-open-case-count';

/**
 * The moderation queue ("Ärenden"). Only a list: `#/moderation-cases/:id` falls through to it
 * and opens the case in the drawer beside the queue.
 */
export const moderationCases: ResourceProps = {
  name: 'moderation-cases',
  list: lazyView(() => import('./List'), 'CaseList'),
  icon: ReportIcon,
};
