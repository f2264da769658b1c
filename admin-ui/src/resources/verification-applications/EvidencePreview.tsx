import { useEffect, useState } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EvidenceRecord } from '@samverka/shared';
import { API_URL, apiFetch } from '../../providers/http-client';

/**
 * One evidence file shown in place: an image inline, a PDF in the browser's own viewer in an
 * iframe. The API hands out a two-minute link for it (an iframe cannot send the bearer token);
 * the file behind the link is sandboxed by its own CSP, so nothing in it runs in the console.
 */
export const EvidencePreview = ({ applicationId, file }: { applicationId: string; file: EvidenceRecord }) => {
  const translate = useTranslate();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    apiFetch(`${API_URL}/verification-applications/${applicationId}/evidence/${file.id}/preview-link`)
      .then((response) => {
        if (!current) return;
        if (response.status === 200) setUrl((response.json as { url: string }).url);
        else setFailed(true);
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [applicationId, file.id]);

  const name = file.originalName ?? file.id;
  if (failed)
    return (
      <Typography variant="body2" color="error">
        {translate('samverka.staff.evidence.preview_failed')}
      </Typography>
    );
  if (!url) return null;
  if (file.contentType.startsWith('image/')) {
    return <Box component="img" src={url} alt={translate('samverka.staff.evidence.image_alt', { name })} data-testid="evidence-image" sx={{ maxWidth: '100%', maxHeight: 480, display: 'block' }} />;
  }
  return (
    <Box
      component="iframe"
      src={url}
      title={translate('samverka.staff.evidence.pdf_title', { name })}
      data-testid="evidence-pdf"
      sx={{ width: '100%', height: 560, border: 1, borderColor: 'divider' }}
    />
  );
};
