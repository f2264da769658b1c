import { Box, Stack, Typography } from '@mui/material';
import { Button, useNotify, useRecordContext, useTranslate } from 'react-admin';
import DownloadIcon from '@mui/icons-material/Download';
import type { EvidenceRecord, VerificationApplicationRecord } from '@samverka/shared';
import { useFileSize } from '../../components/use-file-size';
import { API_URL } from '../../providers/http-client';
import { readSession } from '../../providers/session-store';
import { EvidencePreview } from './EvidencePreview';

/**
 * Evidence files: each previewed in place (see EvidencePreview), with its name, type, size and
 * full checksum, and a download button of its own beside them (not over them). Downloads are
 * attachments, read with the bearer token.
 */
export const EvidenceViewer = () => {
  const record = useRecordContext<VerificationApplicationRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const fileSize = useFileSize();
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
    <Stack spacing={2} data-testid="evidence" sx={{ width: '100%' }}>
      {record.evidence.map((file) => (
        <Box key={file.id} data-testid="evidence-file" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' }, mb: 1 }}>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="body2">{file.originalName ?? file.id}</Typography>
              <Typography variant="caption" color="text.secondary" component="p">{`${file.contentType} · ${fileSize(file.sizeBytes)}`}</Typography>
              <Typography variant="caption" color="text.secondary" component="p" data-testid="evidence-checksum" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
                {`SHA-256 ${file.sha256}`}
              </Typography>
            </Box>
            <Button label="samverka.verification.download" onClick={() => void download(file)} data-testid="evidence-download" sx={{ flexShrink: 0 }}>
              <DownloadIcon />
            </Button>
          </Stack>
          <EvidencePreview applicationId={record.id} file={file} />
        </Box>
      ))}
    </Stack>
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
