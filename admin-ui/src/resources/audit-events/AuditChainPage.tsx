import { useState } from 'react';
import { Alert, AlertTitle, Box, Card, CardContent, Link, Typography } from '@mui/material';
import { Button, Title, useNotify, usePermissions, useTranslate } from 'react-admin';
import { Subject, type AuditChainReport, type MeRecord } from '@samverka/shared';
import { abilityOf } from '../../providers/access';
import { API_URL, apiFetch } from '../../providers/http-client';
import { useAsyncHandler } from '../../components/use-async-handler';

/** The rule GET /api/audit-chain/verification declares: the menu entry and the button follow it. */
export const mayVerifyAuditChain = (me: MeRecord): boolean => abilityOf(me).can('manage', Subject.AuditEvent);

/** The checkpoints kept outside the database: how many hold, and each one that no longer does. */
const AnchorResult = ({ anchors }: { anchors: AuditChainReport['anchors'] }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`samverka.audit_chain.anchors.${key}`, args);
  if (anchors.broken === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="audit-chain-anchors" data-broken="0">
        {anchors.latest ? t('hold', { smart_count: anchors.checked, seq: anchors.latest.chainSeq, at: anchors.latest.at }) : t('none')}
      </Typography>
    );
  }
  return (
    <Alert severity="error" sx={{ mt: 1 }} data-testid="audit-chain-anchors" data-broken={String(anchors.broken)}>
      <AlertTitle>{t('broken', { smart_count: anchors.broken })}</AlertTitle>
      {anchors.problems.map((p) => (
        <Typography key={p.line} variant="body2" data-testid="audit-chain-anchor-problem" data-problem={p.problem} data-line={p.line}>
          {t(`problem.${p.problem}`, { line: p.line, seq: p.chainSeq ?? '', at: p.at ?? '', from: p.intactUpTo ?? '' })}
        </Typography>
      ))}
    </Alert>
  );
};

const ChainResult = ({ report }: { report: AuditChainReport }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`samverka.audit_chain.${key}`, args);
  const broken = report.firstBroken;
  return (
    <Box sx={{ mt: 2 }} data-testid="audit-chain-result" data-intact={String(report.intact)}>
      {broken === null ? (
        // The chain adds up; intact only when every checkpoint outside the database holds too.
        <Alert severity={report.intact ? 'success' : 'warning'}>{t(report.intact ? 'intact' : 'adds_up', { smart_count: report.checked })}</Alert>
      ) : (
        <Alert severity="error">
          <AlertTitle>
            {t('broken', { seq: broken.chainSeq })}
            {report.checked > 0 && ` ${t('intact_before', { smart_count: report.checked })}`}
          </AlertTitle>
          <Typography variant="body2" data-testid="audit-chain-problem" data-problem={broken.problem} data-seq={broken.chainSeq}>
            {t(`problem.${broken.problem}`, { id: broken.id })}
          </Typography>
          {/* A missing end names the last event written, which is usually gone: nothing to open. */}
          {broken.problem !== 'tail_missing' && (
            <Link href={`#/audit-events/${broken.id}/show`} variant="body2" data-testid="audit-chain-event-link">
              {t('open_event', { id: broken.id })}
            </Link>
          )}
        </Alert>
      )}
      <AnchorResult anchors={report.anchors} />
    </Box>
  );
};

/**
 * Runs the audit log's chain verification on demand (the same check as `npm run audit:verify`)
 * and shows either how many events are intact or the first broken one. Nothing is stored: the
 * answer is only as old as the last click.
 */
export const AuditChainPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const { permissions, isPending } = usePermissions<MeRecord | null>();
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<AuditChainReport | null>(null);
  const run = async () => {
    setRunning(true);
    setReport(null);
    try {
      const { json } = await apiFetch(`${API_URL}/audit-chain/verification`);
      setReport(json as AuditChainReport);
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setRunning(false);
    }
  };
  if (isPending) return null;
  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="audit-chain-page">
      <Title title="samverka.audit_chain.title" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('samverka.audit_chain.intro')}
          </Typography>
          {permissions && mayVerifyAuditChain(permissions) ? (
            <Button label="samverka.audit_chain.run" variant="contained" onClick={asHandler(run)} disabled={running} data-testid="audit-chain-run" />
          ) : (
            <Alert severity="info" data-testid="audit-chain-not-allowed">
              {translate('samverka.audit_chain.not_allowed')}
            </Alert>
          )}
          {report && <ChainResult report={report} />}
        </CardContent>
      </Card>
    </Box>
  );
};
