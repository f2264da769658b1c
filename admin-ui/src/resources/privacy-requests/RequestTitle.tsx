import type { PrivacyRequestRecord } from '@samverka/shared';
import { useRecordContext, useTranslate } from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';

/** A request as its page title names it: its kind and when it came in, not its id. */
export const RequestTitle = () => {
  const request = useRecordContext<PrivacyRequestRecord>();
  const translate = useTranslate();
  if (!request) return null;
  return (
    <span>
      {translate(`samverka.privacy.request_type.${request.type}`)}, <LocalDateField source="receivedAt" showTime={false} />
    </span>
  );
};
