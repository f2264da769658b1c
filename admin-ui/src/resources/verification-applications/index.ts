import VerifiedIcon from '@mui/icons-material/VerifiedUser';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

/** The verification queue and review screen; decisions are buttons, never edits. */
export const verificationApplications: ResourceProps = {
  name: 'verification-applications',
  list: lazyView(() => import('./List'), 'ApplicationList'),
  show: lazyView(() => import('./Show'), 'ApplicationShow'),
  icon: VerifiedIcon,
  recordRepresentation: 'organisationName',
};
