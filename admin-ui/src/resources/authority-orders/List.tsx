import { Typography } from '@mui/material';
import { CreateButton, DataTable, List, TopToolbar, useTranslate } from 'react-admin';
import type { AuthorityOrderRecord } from '@samverka/shared';
import { NoRows } from '../../components/NoRows';
import { OrderCategoryField, OrderDeadlineField, OrderStateField, OrderTypeField } from './fields';
import { orderFilters } from './filters';

/** The orders the caller may read (the API scopes them), nearest deadline first. */
export const AuthorityOrderList = () => {
  const translate = useTranslate();
  return (
    <List<AuthorityOrderRecord>
      empty={false}
      filters={orderFilters}
      sort={{ field: 'deadline', order: 'ASC' }}
      actions={
        <TopToolbar>
          <CreateButton label="samverka.orders.file_button" data-testid="file-order-button" />
        </TopToolbar>
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
        {translate('samverka.orders.intro')}
      </Typography>
      <DataTable<AuthorityOrderRecord> rowClick="show" bulkActionButtons={false} empty={<NoRows />}>
        <DataTable.Col source="reference" disableSort />
        <DataTable.Col source="authorityName" disableSort />
        <DataTable.Col source="type" disableSort>
          <OrderTypeField />
        </DataTable.Col>
        <DataTable.Col source="category" disableSort>
          <OrderCategoryField />
        </DataTable.Col>
        <DataTable.Col source="state" disableSort>
          <OrderStateField />
        </DataTable.Col>
        <DataTable.Col source="deadline">
          <OrderDeadlineField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
