import { RecordContextProvider, ReferenceField, useLocaleState, useTranslate } from 'react-admin';
import { SWEDISH_TIME_ZONE } from '@samverka/shared';
import { dateLocaleOf } from '../../providers/i18n-provider';

/** Fields whose values are ids of records the console can name (shown by name when the caller may read them). */
const REFERENCES: Record<string, string> = {
  userId: 'users',
  ownerId: 'users',
  actorId: 'users',
  homeMunicipalityId: 'municipalities',
  municipalityIds: 'municipalities',
  municipalityId: 'municipalities',
  organisationId: 'organisations',
};
/** Fields whose values are codes the console has words for. */
const CODES: Record<string, string> = {
  roles: 'samverka.roles',
  role: 'samverka.roles',
  status: 'samverka.user_status',
};
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One recorded value of an audit event's change, as people read it: names, words and dates, not ids and codes. */
export const ChangeValue = ({ field, value }: { field: string; value: unknown }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (value === null || value === undefined || value === '') return <>{translate('samverka.audit.empty_value')}</>;
  const values = Array.isArray(value) ? value : [value];
  const reference = REFERENCES[field];
  if (reference && values.every((item) => typeof item === 'string')) {
    return (
      <>
        {values.map((id, index) => (
          <span key={String(id)}>
            {index > 0 && ', '}
            <RecordContextProvider value={{ id, ref: id }}>
              <ReferenceField source="ref" reference={reference} link="show" emptyText={translate('samverka.audit.unknown_record')} />
            </RecordContextProvider>
          </span>
        ))}
      </>
    );
  }
  const word = (item: unknown): string => {
    if (typeof item === 'string' && ISO_MOMENT.test(item)) {
      return new Date(item).toLocaleString(dateLocaleOf(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: SWEDISH_TIME_ZONE });
    }
    if (typeof item === 'string' && CODES[field]) return translate(`${CODES[field]}.${item}`, { _: item });
    if (typeof item === 'boolean') return translate(item ? 'samverka.audit.yes' : 'samverka.audit.no');
    return typeof item === 'string' || typeof item === 'number' ? String(item) : JSON.stringify(item);
  };
  return <>{values.map(word).join(', ')}</>;
};
