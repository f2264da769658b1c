import { NullableBooleanInput, ReferenceInput, SelectInput } from 'react-admin';
import { APPLICATION_STATUSES, ORGANISATION_TYPES } from '@samverka/shared';

const choices = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));

export const applicationFilters = [
  <SelectInput key="status" source="status" choices={choices(APPLICATION_STATUSES, 'samverka.verification.status')} alwaysOn />,
  <SelectInput key="type" source="type" choices={choices(ORGANISATION_TYPES, 'samverka.verification.type')} />,
  <ReferenceInput key="municipalityId" source="municipalityId" reference="municipalities">
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <NullableBooleanInput key="open" source="open" />,
];

export { choices };
