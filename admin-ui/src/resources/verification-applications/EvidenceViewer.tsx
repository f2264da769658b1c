import { List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import { Button, useNotify, useRecordContext, useTranslate } from 'react-admin';
import DownloadIcon from '@mui/icons-material/Download';
import type { EvidenceRecord, VerificationApplicationRecord } from '@samverka/shared';
import { API_URL } from '../../providers/http-client';
import { readSession } from '../../providers/session-store';

/**
 * Evidence files, downloaded as attachments rather than shown inline: an uploaded file is never
 * rendered in the console's origin, whatever it claims to be.
 */
export const EvidenceViewer = () => {
  const record = useRecordContext<VerificationApplicationRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  if (!record) return null;
  if (record.evidence.length === 0) return <Typography variant="body2">{translate('samverka.verification.no_evidence')}</Typography>;

  const download = async (file: EvidenceRecord) => {
    const response = await fetch(`${API_URL}/verification-applications/${record.id}/evidence/${file.id}`, {
      headers: { Authorization: `Bearer ${readSession()?.accessToken ?? ''}` },
    });
    if (!response.ok) return notify('ra.notification.http_error', { type: 'error' });
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = file.originalName ?? `evidence-${file.id}`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <MuiList dense data-testid="evidence">
      {record.evidence.map((file) => (
        <ListItem key={file.id} secondaryAction={<Button label="samverka.verification.download" onClick={() => void download(file)}><DownloadIcon /></Button>}>
          <ListItemText primary={file.originalName ?? file.id} secondary={`${file.contentType} · ${Math.ceil(file.sizeBytes / 1024)} kB · sha256 ${file.sha256.slice(0, 12)}…`} />
        </ListItem>
      ))}
    </MuiList>
  );
};

export const DomainProofField = () => {
  const record = useRecordContext<VerificationApplicationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const proof = record.domainProof;
  const state = !proof.required ? 'not_required' : proof.confirmedAt ? 'confirmed' : proof.email ? 'sent' : 'missing';
  return <span data-testid="domain-proof">{translate(`samverka.verification.domain_proof.${state}`, { email: proof.email ?? '', domain: record.emailDomain ?? '' })}</span>;
};
