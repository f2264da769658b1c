import BlockIcon from '@mui/icons-material/Block';
import { UserStatus } from '@samverka/shared';
import { StatusChangeButton } from './StatusChangeButton';

/** Signs the person out everywhere and blocks sign-in (POST /api/users/:id/suspend). */
export const SuspendButton = () => <StatusChangeButton kind="suspend" from={UserStatus.Active} icon={<BlockIcon />} color="error" />;
