import PrivacyTipIcon from '@mui/icons-material/PrivacyTip';
import { createElement } from 'react';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';
import { RequestTitle } from './RequestTitle';

/** Requests from data subjects (GDPR Art. 15–20): a queue by deadline; changes are domain actions. */
export const privacyRequests: ResourceProps = {
  name: 'privacy-requests',
  list: lazyView(() => import('./List'), 'PrivacyRequestList'),
  show: lazyView(() => import('./Show'), 'PrivacyRequestShow'),
  create: lazyView(() => import('./Create'), 'PrivacyRequestCreate'),
  icon: PrivacyTipIcon,
  // Page titles name the request by its kind and date.
  recordRepresentation: createElement(RequestTitle),
};

export { DueField, RequestStatusField, RequestTypeField } from './fields';
