import { NumberInput, ReferenceInput, SelectInput, useCanAccess, useGetList, useTranslate, type SelectInputProps } from 'react-admin';
import type { UserRecord } from '@samverka/shared';
import { caseStatusChoices, itemTypeChoices, routingChoices, ruleChoices } from './choices';

/** "My cases" for everyone; staff can also pick any moderator. */
const AssigneeInput = (props: Omit<SelectInputProps, 'choices'>) => {
  const { canAccess } = useCanAccess({ action: 'list', resource: 'users' });
  const { data = [] } = useGetList<UserRecord>(
    'users',
    { filter: { role: 'moderator', status: 'active' }, pagination: { page: 1, perPage: 100 }, sort: { field: 'displayName', order: 'ASC' } },
    { enabled: canAccess === true },
  );
  const translate = useTranslate();
  const choices = [{ id: 'me', name: translate('samverka.moderation.filters.my_cases') }, ...data.map((user) => ({ id: user.id, name: user.displayName }))];
  return <SelectInput {...props} choices={choices} translateChoice={false} />;
};

export const caseFilters = [
  <SelectInput key="status" source="status" choices={caseStatusChoices} alwaysOn />,
  <SelectInput key="rule" source="rule" choices={ruleChoices} alwaysOn />,
  <AssigneeInput key="assignee" source="assignee" />,
  <SelectInput key="routing" source="routing" choices={routingChoices} />,
  <SelectInput key="itemType" source="itemType" choices={itemTypeChoices} />,
  <ReferenceInput key="municipalityId" source="municipalityId" reference="municipalities" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput />
  </ReferenceInput>,
  <NumberInput key="minAgeHours" source="minAgeHours" min={0} step={1} />,
];
