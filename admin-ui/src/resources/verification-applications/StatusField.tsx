import { Chip } from '@mui/material';
import { Labeled, useRecordContext, useTranslate } from 'react-admin';
import { ApplicationStatus, type Decision, type VerificationApplicationRecord } from '@samverka/shared';

export const ApplicationStatusField = () => {
  const record = useRecordContext<VerificationApplicationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" data-testid="application-status" label={translate(`samverka.verification.status.${record.status}`)} />;
};

/** Statuses after which nobody is waiting any more: the age no longer counts. */
const DECIDED: readonly string[] = [ApplicationStatus.Approved, ApplicationStatus.Rejected];

/** Working days waited against the target, red once it has passed; gone once decided. */
export const AgeField = () => {
  const record = useRecordContext<VerificationApplicationRecord>();
  const translate = useTranslate();
  if (!record || DECIDED.includes(record.status)) return null;
  return <Chip size="small" color={record.overdue ? 'error' : 'default'} label={translate('samverka.verification.age', { days: record.ageWorkingDays, target: record.targetWorkingDays })} />;
};

/** The age with its label, on the review screen: the whole line goes once the application is decided. */
export const LabeledAgeField = () => {
  const record = useRecordContext<VerificationApplicationRecord>();
  if (!record || DECIDED.includes(record.status)) return null;
  return (
    <Labeled source="ageWorkingDays" data-testid="application-age">
      <AgeField />
    </Labeled>
  );
};

export const TypeField = () => {
  const record = useRecordContext<VerificationApplicationRecord>();
  const translate = useTranslate();
  return record ? <span>{translate(`samverka.verification.type.${record.organisationType}`)}</span> : null;
};

/** A reviewer's decision in words (approved, rejected, more information asked for). */
export const DecisionField = () => {
  const decision = useRecordContext<{ decision: Decision }>();
  const translate = useTranslate();
  return decision ? <span data-testid="decision-words">{translate(`samverka.staff.decision.${decision.decision}`)}</span> : null;
};
