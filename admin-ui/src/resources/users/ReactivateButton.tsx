import LockOpenIcon from '@mui/icons-material/LockOpen';
import { UserStatus } from '@samverka/shared';
import { StatusChangeButton } from './StatusChangeButton';

/** Lets a suspended person sign in again (POST /api/users/:id/reactivate). */
export const ReactivateButton = () => <StatusChangeButton kind="reactivate" from={UserStatus.Suspended} icon={<LockOpenIcon />} color="primary" />;
