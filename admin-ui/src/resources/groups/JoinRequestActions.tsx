import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { useRecordContext } from 'react-admin';
import type { JoinRequestRecord } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';

/** Admits the applicant; they are told, with the optional message. */
export const ApproveRequestButton = () => {
  const request = useRecordContext<JoinRequestRecord>();
  if (!request || request.status !== 'pending') return null;
  return (
    <ActionButton
      resource="group-join-requests"
      action="approve"
      access="update"
      messages="samverka.groups.requests.approve"
      name={request.displayName}
      text={{ name: 'reason', minLength: 0 }}
      icon={<CheckIcon />}
      testId="approve-request"
    />
  );
};

/** Turns the applicant away; they are told, with the reason if one is given. */
export const RejectRequestButton = () => {
  const request = useRecordContext<JoinRequestRecord>();
  if (!request || request.status !== 'pending') return null;
  return (
    <ActionButton
      resource="group-join-requests"
      action="reject"
      access="update"
      messages="samverka.groups.requests.reject"
      name={request.displayName}
      text={{ name: 'reason', minLength: 0 }}
      color="error"
      icon={<CloseIcon />}
      testId="reject-request"
    />
  );
};
