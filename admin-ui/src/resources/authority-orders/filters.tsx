import { SelectInput } from 'react-admin';
import { AUTHORITY_ORDER_STATES, AUTHORITY_ORDER_TYPES } from '@samverka/shared';

export const orderFilters = [
  <SelectInput key="state" source="state" choices={AUTHORITY_ORDER_STATES.map((state) => ({ id: state, name: `samverka.orders.state.${state}` }))} alwaysOn />,
  <SelectInput key="type" source="type" choices={AUTHORITY_ORDER_TYPES.map((type) => ({ id: type, name: `samverka.orders.type.${type}` }))} alwaysOn />,
];
