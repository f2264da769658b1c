import { AutocompleteInput, DateTimeInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { auditActionChoices, subjectTypeChoices } from './choices';

/** datetime-local gives local wall time; the API compares instants. */
const toIso = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value as string | Date);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

export const auditEventFilters = [
  <SelectInput key="action" source="action" choices={auditActionChoices} alwaysOn />,
  <ReferenceInput key="actorId" source="actorId" reference="users">
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="subjectType" source="subjectType" choices={subjectTypeChoices} />,
  <TextInput key="subjectId" source="subjectId" />,
  <ReferenceInput key="municipalityId" source="municipalityId" reference="municipalities" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput />
  </ReferenceInput>,
  <DateTimeInput key="occurredAt_gte" source="occurredAt_gte" parse={toIso} />,
  <DateTimeInput key="occurredAt_lte" source="occurredAt_lte" parse={toIso} />,
];
