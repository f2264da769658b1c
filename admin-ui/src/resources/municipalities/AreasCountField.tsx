import { useRecordContext } from 'react-admin';
import type { MunicipalityRecord } from '@samverka/shared';

export const AreasCountField = (_props: { label?: string }) => {
  const record = useRecordContext<MunicipalityRecord>();
  return record ? <span>{record.areas?.length ?? 0}</span> : null;
};
