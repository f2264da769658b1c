import { useRef, useState, type MouseEvent } from 'react';
import { Box, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Link, Stack } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import QrCode2Icon from '@mui/icons-material/QrCode2';
import { QRCodeCanvas, QRCodeSVG } from 'qrcode.react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { BadgeRecord } from '@samverka/shared';

const messages = 'samverka.badges.qr';
/** The quiet zone the QR specification asks for, and medium error correction: it survives a worn print. */
const QR = { marginSize: 4, level: 'M' } as const;
/** Pixels of the PNG: sharp on an A4 poster, small enough to mail. */
const PNG_SIZE = 1024;

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  URL.revokeObjectURL(url);
}

/**
 * The QR code that opens a badge's public page (its `verifyUrl`), to print or put in the app:
 * shown in a dialog with the address it opens, and downloadable as SVG (for print) or PNG. Offered
 * while the badge is open (active or suspended); a revoked or expired one has nothing to print.
 */
export const BadgeQrButton = () => {
  const badge = useRecordContext<BadgeRecord>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const svg = useRef<SVGSVGElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  if (!badge?.verifyUrl || (badge.status !== 'active' && badge.status !== 'suspended')) return null;

  const downloadSvg = () => {
    if (svg.current) save(new Blob([new XMLSerializer().serializeToString(svg.current)], { type: 'image/svg+xml' }), `samverka-${badge.code}.svg`);
  };
  const downloadPng = () => canvas.current?.toBlob((png) => png && save(png, `samverka-${badge.code}.png`), 'image/png');
  // The button may sit in a clickable row; keep its clicks (and the dialog's) from opening the record.
  const stop = (event: MouseEvent) => event.stopPropagation();

  return (
    <span onClick={stop}>
      <Button label={`${messages}.button`} onClick={() => setOpen(true)} data-testid="badge-qr-button">
        <QrCode2Icon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="badge-qr-title" data-testid="badge-qr" fullWidth maxWidth="xs">
        <DialogTitle id="badge-qr-title">{translate(`${messages}.title`, { code: badge.code })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate(`${messages}.intro`)}</DialogContentText>
          <Box sx={{ display: 'flex', justifyContent: 'center' }} data-testid="badge-qr-code" data-qr-value={badge.verifyUrl}>
            <QRCodeSVG ref={svg} value={badge.verifyUrl} size={224} {...QR} title={translate(`${messages}.image`, { code: badge.code })} />
          </Box>
          {/* The PNG's source: drawn at print size, never shown. */}
          <QRCodeCanvas ref={canvas} value={badge.verifyUrl} size={PNG_SIZE} {...QR} style={{ display: 'none' }} aria-hidden />
          <DialogContentText sx={{ mt: 2, overflowWrap: 'anywhere' }}>
            {translate(`${messages}.opens`)}{' '}
            <Link href={badge.verifyUrl} target="_blank" rel="noopener" data-testid="badge-qr-url">
              {badge.verifyUrl}
            </Link>
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
            <Button label={`${messages}.svg`} onClick={downloadSvg} data-testid="badge-qr-svg">
              <DownloadIcon />
            </Button>
            <Button label={`${messages}.png`} onClick={downloadPng} data-testid="badge-qr-png">
              <DownloadIcon />
            </Button>
            <Button label="ra.action.close" onClick={() => setOpen(false)} />
          </Stack>
        </DialogActions>
      </Dialog>
    </span>
  );
};
