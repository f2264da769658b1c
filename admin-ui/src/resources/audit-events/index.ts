import HistoryIcon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';
import { createElement } from 'react';
import { ActionText } from './ActionField';

/** Read-only: no create, edit or delete views exist, whatever the rules say. */
export const auditEvents: ResourceProps = {
  name: 'audit-events',
  list: lazyView(() => import('./List'), 'AuditEventList'),
  show: lazyView(() => import('./Show'), 'AuditEventShow'),
  icon: HistoryIcon,
  // Page titles name the event by its translated action.
  recordRepresentation: createElement(ActionText),
};

export { ActionField } from './ActionField';
export { ActorField } from './ActorField';
export { AuditChainPage, mayVerifyAuditChain } from './AuditChainPage';
export { HistoryTable, RecordHistory } from './RecordHistory';
