import HowToRegIcon from '@mui/icons-material/HowToReg';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

/** Consent purposes with their versioned texts; a new text is published, never edited. */
export const consentPurposes: ResourceProps = {
  name: 'consent-purposes',
  list: lazyView(() => import('./List'), 'ConsentPurposeList'),
  show: lazyView(() => import('./Show'), 'ConsentPurposeShow'),
  icon: HowToRegIcon,
  recordRepresentation: 'key',
};
