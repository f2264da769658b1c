import PrivacyTipIcon from '@mui/icons-material/PrivacyTip';
import { createElement } from 'react';
import type { ResourceProps } from 'react-admin';
import { PrivacyRequestCreate } from './Create';
import { PrivacyRequestList } from './List';
import { RequestTitle } from './RequestTitle';
import { PrivacyRequestShow } from './Show';

/** Requests from data subjects (GDPR Art. 15–20): a queue by deadline; changes are domain actions. */
export const privacyRequests: ResourceProps = {
  name: 'privacy-requests',
  list: PrivacyRequestList,
  show: PrivacyRequestShow,
  create: PrivacyRequestCreate,
  icon: PrivacyTipIcon,
  // Page titles name the request by its kind and date.
  recordRepresentation: createElement(RequestTitle),
};

export { DueField, RequestStatusField, RequestTypeField, urgencyOf } from './fields';
