import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Typography } from '@mui/material';
import { CreateButton, DataTable, FunctionField, Link, List, NullableBooleanInput, ReferenceField, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import type { LegalHoldRecord } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';
import { LocalDateField } from '../../components/LocalDateField';

const holdFilters = [<NullableBooleanInput key="active" source="active" alwaysOn />];

/** Lift an active hold (it ends by itself at its end date otherwise). */
const LiftHoldButton = () => {
  const hold = useRecordContext<LegalHoldRecord>();
  if (!hold || hold.liftedAt || new Date(hold.endsAt).getTime() <= Date.now()) return null;
  return (
    <ActionButton
      resource="legal-holds"
      action="lift"
      access="update"
      messages="samverka.privacy.holds.lift"
      text={{ name: 'reason', minLength: 3 }}
      color="warning"
      icon={<LockOpenIcon />}
      testId="lift-hold"
    />
  );
};

/** The item a hold covers: its kind, and a link to a post (the console has a page for posts only). */
const HeldItem = ({ hold }: { hold: LegalHoldRecord }) => {
  const translate = useTranslate();
  const kind = translate(`samverka.privacy.holds.item_type.${hold.itemType}`);
  if (hold.itemType !== 'post' || !hold.itemId) return <>{kind}</>;
  return (
    <Link to={`/posts/${hold.itemId}/show`} data-testid="held-item-link">
      {kind}
    </Link>
  );
};

/** Legal holds, ending soonest first, with who they cover and the authority's reference. */
export const LegalHoldList = () => {
  const translate = useTranslate();
  return (
    <List<LegalHoldRecord>
      filters={holdFilters}
      sort={{ field: 'endsAt', order: 'ASC' }}
      actions={
        <TopToolbar>
          <CreateButton data-testid="place-hold-button" />
        </TopToolbar>
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
        {translate('samverka.privacy.holds.intro')}
      </Typography>
      <DataTable<LegalHoldRecord> bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="subjectId" disableSort>
          <ReferenceField source="subjectId" reference="users" link="show">
            <TextField source="displayName" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="itemType" disableSort>
          <FunctionField<LegalHoldRecord> source="itemType" render={(hold) => (hold.itemType ? <HeldItem hold={hold} /> : translate('samverka.privacy.holds.all_content'))} />
        </DataTable.Col>
        <DataTable.Col source="reference" disableSort />
        <DataTable.Col source="reason" disableSort />
        <DataTable.Col source="placedAt">
          <LocalDateField source="placedAt" />
        </DataTable.Col>
        <DataTable.Col source="endsAt">
          <LocalDateField source="endsAt" />
        </DataTable.Col>
        <DataTable.Col source="liftedAt" disableSort>
          <LocalDateField source="liftedAt" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col label=" " disableSort>
          <LiftHoldButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
