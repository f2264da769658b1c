import PrivacyTipIcon from '@mui/icons-material/PrivacyTip';
import type { ResourceProps } from 'react-admin';
import { PrivacyRequestCreate } from './Create';
import { PrivacyRequestList } from './List';
import { PrivacyRequestShow } from './Show';

/** Requests from data subjects (GDPR Art. 15–20): a queue by deadline; changes are domain actions. */
export const privacyRequests: ResourceProps = {
  name: 'privacy-requests',
  list: PrivacyRequestList,
  show: PrivacyRequestShow,
  create: PrivacyRequestCreate,
  icon: PrivacyTipIcon,
};

export { DueField, RequestStatusField, RequestTypeField, urgencyOf } from './fields';
