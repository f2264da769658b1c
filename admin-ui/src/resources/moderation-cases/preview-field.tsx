import { Box, Stack, Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import type { CaseRecord } from '@samverka/shared';
import { ApiImage } from '../../components/ApiImage';

const THUMBNAIL = 48;

/**
 * What was reported, in the queue row: the item's first lines (or image), its author and where it
 * is (group or municipality). The API sends only what the case's detail would show.
 */
export const ItemPreviewField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const preview = record?.preview;
  if (!record || !preview) return null;
  const where = preview.groupName ? translate('samverka.flow.queue.in_group', { group: preview.groupName }) : preview.municipalityName;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', maxWidth: 360 }} data-testid="case-preview">
      {preview.hasImage && <ApiImage path={`posts/${record.itemId}/image`} alt={translate('samverka.flow.queue.image')} size={THUMBNAIL} testId="case-preview-image" />}
      <Box sx={{ minWidth: 0 }}>
        {/* The row's keyboard way in: Tab reaches the link, Enter opens the case in the drawer. */}
        <Link
          to={`/moderation-cases/${record.id}`}
          data-case-link={record.id}
          onClick={(event: React.MouseEvent) => event.stopPropagation()}
          sx={{ color: 'inherit', textDecoration: 'none', '&:hover': { textDecoration: 'underline' } }}
        >
          <Typography
            variant="body2"
            component="span"
            data-testid="case-preview-text"
            sx={{ whiteSpace: 'pre-line', display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden', fontStyle: preview.text ? 'normal' : 'italic' }}
          >
            {preview.text ??
              (preview.authorName && record.itemType === 'user' ? preview.authorName : preview.groupName && record.itemType === 'group' ? preview.groupName : translate('samverka.flow.queue.no_text'))}
          </Typography>
        </Link>
        <Typography variant="caption" color="text.secondary" data-testid="case-preview-where">
          {[preview.authorName, where].filter(Boolean).join(' · ')}
        </Typography>
      </Box>
    </Stack>
  );
};
