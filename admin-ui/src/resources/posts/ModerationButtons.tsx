import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import RestoreIcon from '@mui/icons-material/Restore';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { CONDUCT_RULES } from '@samverka/shared';
import type { PostRecord } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';

type Kind = 'hide' | 'restore' | 'remove';

const ICONS = { hide: <VisibilityOffIcon />, restore: <RestoreIcon />, remove: <DeleteForeverIcon /> };
const COLORS = { hide: 'warning', restore: 'primary', remove: 'error' } as const;

/** Which moderation steps make sense from a post's status. */
const offered = (post: PostRecord, kind: Kind) => (kind === 'hide' ? post.status === 'visible' : kind === 'restore' ? post.status !== 'visible' : post.status !== 'removed');

/** Hide (reversible), restore or remove a post; the author is told the reason, the log keeps it. */
const ModerationButton = ({ kind }: { kind: Kind }) => {
  const post = useRecordContext<PostRecord>();
  if (!post || !offered(post, kind)) return null;
  return (
    <ActionButton
      resource="posts"
      action={kind}
      access="moderate"
      messages={`samverka.posts.${kind}`}
      name={post.authorName}
      text={{ name: 'reason', minLength: 3 }}
      color={COLORS[kind]}
      icon={ICONS[kind]}
      testId={`${kind}-post`}
    />
  );
};

export const HidePostButton = () => <ModerationButton kind="hide" />;
export const RestorePostButton = () => <ModerationButton kind="restore" />;
/**
 * Removal is a case decision: the moderator names the rule (and for illegal content the legal
 * ground), and the reason is the statement of reasons the author receives (10 characters at least).
 */
const RemoveWithRule = () => {
  const post = useRecordContext<PostRecord>();
  const translate = useTranslate();
  const [rule, setRule] = useState('');
  const [legalGround, setLegalGround] = useState('');
  if (!post || !offered(post, 'remove')) return null;
  const illegal = rule === 'illegal';
  return (
    <ActionButton
      resource="posts"
      action="remove"
      access="moderate"
      messages="samverka.posts.remove"
      name={post.authorName}
      text={{ name: 'reason', minLength: 10 }}
      body={illegal ? { rule, legalGround: legalGround.trim() } : { rule }}
      ready={rule !== '' && (!illegal || legalGround.trim().length >= 3)}
      color="error"
      icon={ICONS.remove}
      testId="remove-post"
    >
      <TextField
        select
        fullWidth
        required
        name="rule"
        label={translate('samverka.flow.post.rule')}
        value={rule}
        onChange={(event) => setRule(event.target.value)}
        sx={{ mt: 2 }}
        data-testid="remove-post-rule"
      >
        {CONDUCT_RULES.map((value) => (
          <MenuItem key={value} value={value}>
            {translate(`samverka.moderation.rule.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      {illegal && (
        <TextField
          fullWidth
          required
          name="legalGround"
          label={translate('samverka.moderation.decide.legal_ground')}
          helperText={translate('samverka.moderation.decide.legal_ground_help')}
          value={legalGround}
          onChange={(event) => setLegalGround(event.target.value)}
          sx={{ mt: 2 }}
        />
      )}
    </ActionButton>
  );
};

export const RemovePostButton = () => <RemoveWithRule />;
