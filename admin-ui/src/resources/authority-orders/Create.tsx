import { Typography } from '@mui/material';
import {
  ArrayInput,
  Create,
  DateTimeInput,
  FormDataConsumer,
  type RaRecord,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useNotify,
  usePermissions,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { AUTHORITY_ORDER_TYPES, AuthorityOrderType, ILLEGAL_CONTENT_CATEGORIES, type MeRecord, ORDER_ITEM_TYPES, recordOf, Subject } from '@samverka/shared';
import { SaveOnlyToolbar } from '../../components/SaveOnlyToolbar';
import { formText } from '../../components/form-text';
import { abilityOf } from '../../providers/access';
import { fromStockholmInput, toStockholmInput } from './deadline-input';
import { inFuture, namedRequired, scopeItemId, scopeNamesItems, validCountry } from './order-validation';

/** The police organisations the caller may file for, and whether they may enter an order received on paper. */
function issuersOf(me: MeRecord | null | undefined): { police: { id: string; name: string }[]; paper: boolean } {
  if (!me) return { police: [], paper: false };
  const ability = abilityOf(me);
  const mayFile = (issuingOrganisationId: string | null) => ability.can('create', recordOf(Subject.AuthorityOrder, { issuingOrganisationId, type: AuthorityOrderType.Preserve }));
  return { police: me.organisations.filter((organisation) => organisation.verified && mayFile(organisation.id)).map(({ id, name }) => ({ id, name })), paper: mayFile(null) };
}

/** Only the fields the API takes: the authority's name and country only for an order on paper. */
const transform = (data: Record<string, unknown>) => {
  const onPaper = !data.issuingOrganisationId;
  return {
    ...(onPaper ? { authorityName: formText(data.authorityName).trim(), authorityCountry: formText(data.authorityCountry).trim() || 'SE' } : { issuingOrganisationId: data.issuingOrganisationId }),
    reference: formText(data.reference).trim(),
    legalBasis: formText(data.legalBasis).trim(),
    type: data.type,
    category: data.category,
    scope: ((data.scope as { itemType?: string; id?: string }[] | undefined) ?? []).map((item) => ({ itemType: item.itemType, id: formText(item.id).trim().toLowerCase() })),
    deadline: data.deadline,
  };
};

/**
 * Files an order: a police member for their organisation (preselected), the platform owner one
 * received on paper. Items are named by id only; after filing the order opens.
 */
export const AuthorityOrderCreate = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<MeRecord | null>();
  const { police, paper } = issuersOf(permissions);
  const notify = useNotify();
  const redirect = useRedirect();
  // The answer is the new order's id only: say it is filed, then open it.
  const onSuccess = (filed: RaRecord) => {
    notify('samverka.orders.create.done', { type: 'success' });
    redirect('show', 'authority-orders', filed.id);
  };
  const defaults = { issuingOrganisationId: police[0]?.id ?? '', authorityCountry: 'SE', scope: [{ itemType: 'group', id: '' }] };
  return (
    <Create transform={transform} title="samverka.orders.create.title" mutationOptions={{ onSuccess }}>
      <SimpleForm toolbar={<SaveOnlyToolbar />} defaultValues={defaults}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 640 }}>
          {translate(police.length > 0 ? 'samverka.orders.create.police_intro' : 'samverka.orders.create.paper_intro')} {translate('samverka.orders.create.intro')}
        </Typography>
        {police.length > 0 && (
          <SelectInput
            source="issuingOrganisationId"
            label="samverka.orders.create.organisation"
            choices={police}
            emptyText={paper ? 'samverka.orders.create.organisation_help' : undefined}
            validate={paper ? undefined : namedRequired('issuingOrganisationId')}
            helperText={paper ? 'samverka.orders.create.organisation_help' : false}
          />
        )}
        <FormDataConsumer>
          {({ formData }) =>
            paper && !formData.issuingOrganisationId ? (
              <>
                <TextInput source="authorityName" validate={namedRequired('authorityName')} fullWidth />
                <TextInput source="authorityCountry" validate={validCountry} helperText="samverka.orders.create.country_help" />
              </>
            ) : null
          }
        </FormDataConsumer>
        <TextInput source="reference" validate={namedRequired('reference')} fullWidth />
        <TextInput source="legalBasis" validate={namedRequired('legalBasis')} multiline fullWidth />
        <SelectInput source="type" choices={AUTHORITY_ORDER_TYPES.map((type) => ({ id: type, name: `samverka.orders.type.${type}` }))} validate={namedRequired('type')} />
        <SelectInput source="category" choices={ILLEGAL_CONTENT_CATEGORIES.map((category) => ({ id: category, name: `samverka.orders.category.${category}` }))} validate={namedRequired('category')} />
        <ArrayInput source="scope" validate={scopeNamesItems} helperText="samverka.orders.create.scope_help">
          <SimpleFormIterator inline disableReordering disableClear>
            <SelectInput
              source="itemType"
              label="resources.authority-orders.fields.itemType"
              choices={ORDER_ITEM_TYPES.map((type) => ({ id: type, name: `samverka.orders.item_type.${type}` }))}
              validate={namedRequired('itemType')}
            />
            <TextInput source="id" label="resources.authority-orders.fields.id" validate={scopeItemId} sx={{ minWidth: 360 }} />
          </SimpleFormIterator>
        </ArrayInput>
        <DateTimeInput source="deadline" format={toStockholmInput} parse={fromStockholmInput} validate={[namedRequired('deadline'), inFuture]} helperText="samverka.orders.create.deadline_help" />
      </SimpleForm>
    </Create>
  );
};
