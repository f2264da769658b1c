import { DataTable, FilterButton, List, ReferenceField, TextField, TopToolbar } from 'react-admin';
import type { PostRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { ContentStatusField, PriorityField } from './fields';
import { postFilters } from './filters';
import { HidePostButton, RemovePostButton, RestorePostButton } from './ModerationButtons';
import { NoRows } from '../../components/NoRows';

/** Posts on the public map, newest first, for moderators to review. */
export const PostList = () => (
  <List<PostRecord>
    empty={false}
    filters={postFilters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    actions={
      <TopToolbar>
        <FilterButton />
      </TopToolbar>
    }
  >
    <DataTable<PostRecord> bulkActionButtons={false} rowClick="show" empty={<NoRows />}>
      <DataTable.Col source="createdAt">
        <LocalDateField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="priority">
        <PriorityField />
      </DataTable.Col>
      <DataTable.Col source="text" disableSort>
        <TextField source="text" sx={{ display: 'block', maxWidth: 420 }} />
      </DataTable.Col>
      <DataTable.Col source="authorName" disableSort />
      <DataTable.Col source="municipalityId" disableSort>
        <ReferenceField source="municipalityId" reference="municipalities" link={false} />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <ContentStatusField />
      </DataTable.Col>
      <DataTable.Col label="" disableSort>
        <HidePostButton />
        <RestorePostButton />
        <RemovePostButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
