import VerifiedIcon from '@mui/icons-material/VerifiedUser';
import type { ResourceProps } from 'react-admin';
import { ApplicationList } from './List';
import { ApplicationShow } from './Show';

/** The verification queue and review screen; decisions are buttons, never edits. */
export const verificationApplications: ResourceProps = {
  name: 'verification-applications',
  list: ApplicationList,
  show: ApplicationShow,
  icon: VerifiedIcon,
  recordRepresentation: 'organisationName',
};
