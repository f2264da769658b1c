import { useState } from 'react';
import { Box, Chip, Link, Stack, TextField, Typography } from '@mui/material';
import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { SamverkaDataProvider } from '../../providers/data-provider';
import { refusalMessage } from './errors';
import { PersonName, RuleChips } from './fields';
import { Section, useFormatDate } from './sections';
import type { CaseDetail } from './types';

const Empty = ({ text }: { text: string }) => (
  <Typography variant="body2" color="text.secondary">
    {text}
  </Typography>
);

/** Actions so far (automated ones too), each with the statement the author received. */
export const ActionsSection = ({ record }: { record: CaseDetail }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  return (
    <Section title={translate('samverka.moderation.detail.actions_title')} testId="case-actions">
      {record.actions.length === 0 && <Empty text={translate('samverka.moderation.detail.no_actions')} />}
      {record.actions.map((action) => (
        <Box key={action.id} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
            <Chip size="small" color="primary" label={translate(`samverka.moderation.action_type.${action.type}`)} />
            {action.rule && <RuleChips rules={[action.rule]} />}
            {action.automated && <Chip size="small" color="warning" label={translate('samverka.moderation.detail.automated')} />}
            {action.reversedAt && <Chip size="small" color="success" label={translate('samverka.moderation.detail.reversed')} />}
            <Typography variant="caption" color="text.secondary">
              {formatDate(action.createdAt)} {action.decidedBy && <PersonName id={action.decidedBy} />}
            </Typography>
          </Stack>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {action.statement}
          </Typography>
          {(action.durationDays || action.policeReference || action.facts) && (
            <Typography variant="body2" color="text.secondary">
              {[
                action.durationDays ? translate('samverka.moderation.detail.duration', { days: action.durationDays }) : null,
                action.policeReference ? `${translate('samverka.moderation.decide.police_reference')}: ${action.policeReference}` : null,
                action.facts,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          )}
        </Box>
      ))}
    </Section>
  );
};

/** The author's record: strikes that still count, earlier cases, what they wrote lately. */
export const AuthorHistorySection = ({ record }: { record: CaseDetail }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const { strikes, earlierCases, authorRecent } = record.context;
  if (!record.authorId) return null;
  const active = strikes.filter((strike) => strike.active).length;
  return (
    <Section title={translate('samverka.moderation.detail.history_title')} testId="case-author-history">
      <Typography variant="body2" sx={{ mb: 1 }} data-testid="case-strikes">
        {translate('samverka.moderation.detail.strikes', { active, total: strikes.length })}
      </Typography>
      {strikes.map((strike) => (
        <Typography key={strike.id} variant="body2" color={strike.active ? 'text.primary' : 'text.secondary'}>
          {formatDate(strike.createdAt)} · {strike.rule ? translate(`samverka.moderation.rule.${strike.rule}`) : '—'} ·{' '}
          {strike.expungedAt
            ? translate('samverka.moderation.detail.strike_expunged')
            : strike.active
              ? translate('samverka.moderation.detail.strike_until', { date: formatDate(strike.expiresAt) })
              : translate('samverka.moderation.detail.strike_expired')}
        </Typography>
      ))}
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {translate('samverka.moderation.detail.earlier_cases')}
      </Typography>
      {earlierCases.length === 0 && <Empty text={translate('samverka.moderation.detail.no_earlier_cases')} />}
      {earlierCases.map((earlier) => (
        <Stack key={earlier.id} direction="row" spacing={1} sx={{ alignItems: 'center', py: 0.25, flexWrap: 'wrap' }}>
          <Link href={`#/moderation-cases/${earlier.id}`} variant="body2">
            {formatDate(earlier.firstNoticeAt)}
          </Link>
          <Typography variant="body2">{translate(`samverka.moderation.item_type.${earlier.itemType}`)}</Typography>
          <Chip size="small" variant="outlined" label={translate(`samverka.moderation.case_status.${earlier.status}`)} />
          <RuleChips rules={earlier.rules} />
        </Stack>
      ))}
      {authorRecent.length > 0 && (
        <>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            {translate('samverka.moderation.detail.author_recent')}
          </Typography>
          {authorRecent.slice(0, 5).map((item) => (
            <Typography key={item.id} variant="body2" noWrap title={item.text}>
              <Typography component="span" variant="caption" color="text.secondary">
                {formatDate(item.createdAt)}
                {item.status !== 'visible' ? ` (${translate(`samverka.content_status.${item.status}`)})` : ''}:{' '}
              </Typography>
              {item.text}
            </Typography>
          ))}
        </>
      )}
    </Section>
  );
};

/** Internal notes, for the team only; they never reach the author or the reporters. */
export const NotesSection = ({ record, onAdded }: { record: CaseDetail; onAdded: () => void }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SamverkaDataProvider>();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const add = async () => {
    if (!text.trim()) return;
    setSaving(true);
    try {
      await dataProvider.act('moderation-cases', record.id, 'notes', { text: text.trim() });
      setText('');
      onAdded();
    } catch (error) {
      notify(refusalMessage(error, translate), { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Section title={translate('samverka.moderation.detail.notes_title')} testId="case-notes">
      {record.notes.map((note) => (
        <Box key={note.id} sx={{ py: 0.5 }}>
          <Typography variant="caption" color="text.secondary">
            {formatDate(note.createdAt)} · <PersonName id={note.authorId} />
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {note.text}
          </Typography>
        </Box>
      ))}
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start' }}>
        <TextField
          size="small"
          fullWidth
          multiline
          name="note"
          placeholder={translate('samverka.moderation.detail.note_placeholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          disabled={saving}
        />
        <Button label="samverka.moderation.detail.add_note" onClick={() => void add()} disabled={saving || !text.trim()} data-testid="add-note" />
      </Stack>
    </Section>
  );
};

export const AppealsSection = ({ record }: { record: CaseDetail }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  if (record.appeals.length === 0) return null;
  return (
    <Section title={translate('samverka.moderation.detail.appeals_title')} testId="case-appeals">
      {record.appeals.map((appeal) => (
        <Box key={appeal.id} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
            <Chip size="small" label={translate(`samverka.appeals.status.${appeal.status}`)} color={appeal.status === 'pending' ? 'warning' : 'default'} />
            <Typography variant="caption" color="text.secondary">
              {translate(`samverka.appeals.role.${appeal.appellantRole}`)} · {formatDate(appeal.createdAt)}
            </Typography>
          </Stack>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {appeal.text}
          </Typography>
          {appeal.decisionReason && (
            <Typography variant="body2" color="text.secondary">
              {translate('samverka.appeals.decision_reason')}: {appeal.decisionReason}
            </Typography>
          )}
        </Box>
      ))}
    </Section>
  );
};
