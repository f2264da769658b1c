import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import HelpIcon from '@mui/icons-material/Help';
import { ArrayField, DataTable, Labeled, Show, SimpleShowLayout, TextField, TopToolbar, FunctionField } from 'react-admin';
import type { VerificationApplicationRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { DecisionButton } from './DecisionButton';
import { DomainProofField, EvidenceViewer } from './EvidenceViewer';
import { ApplicationStatusField, DecisionField, LabeledAgeField, TypeField } from './StatusField';

const Actions = () => (
  <TopToolbar>
    <DecisionButton kind="approve" icon={<CheckIcon />} color="primary" />
    <DecisionButton kind="request-info" icon={<HelpIcon />} color="inherit" />
    <DecisionButton kind="reject" icon={<CloseIcon />} color="error" />
  </TopToolbar>
);

/** The review screen: what is claimed, the evidence, the domain proof, and every decision so far. */
export const ApplicationShow = () => (
  <Show<VerificationApplicationRecord> actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="organisationName" />
      <Labeled source="organisationType">
        <TypeField />
      </Labeled>
      <TextField source="organisationNumber" />
      <Labeled source="status">
        <ApplicationStatusField />
      </Labeled>
      <FunctionField<VerificationApplicationRecord> source="approvals" render={(record) => `${record.approvals}/${record.requiredApprovals}`} />
      <LabeledAgeField />
      <TextField source="applicantName" />
      <TextField source="message" />
      <TextField source="response" emptyText="—" />
      <Labeled source="domainProof">
        <DomainProofField />
      </Labeled>
      <Labeled source="evidence">
        <EvidenceViewer />
      </Labeled>
      <ArrayField source="decisions">
        <DataTable bulkActionButtons={false}>
          <DataTable.Col source="decidedAt">
            <LocalDateField source="decidedAt" />
          </DataTable.Col>
          <DataTable.Col source="reviewerName" />
          <DataTable.Col source="decision">
            <DecisionField />
          </DataTable.Col>
          <DataTable.Col source="grounds" />
        </DataTable>
      </ArrayField>
      <LocalDateField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
