import { useEffect, useState } from 'react';
import { Box } from '@mui/material';
import { API_URL, apiFetchBlob } from '../providers/http-client';

/**
 * An image from the API, which needs the bearer token an <img> cannot send: fetched as a blob and
 * shown from an object URL. Nothing is shown when the caller may not load it (a 404).
 */
export const ApiImage = ({ path, alt, size, testId }: { path: string; alt: string; size: number; testId?: string }) => {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let objectUrl: string | null = null;
    let cancelled = false;
    apiFetchBlob(`${API_URL}/${path}`)
      .then((blob) => {
        if (cancelled || !blob) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [path]);
  if (!url) return null;
  return <Box component="img" src={url} alt={alt} data-testid={testId} sx={{ maxWidth: size, maxHeight: size, objectFit: 'cover', borderRadius: 1, display: 'block' }} />;
};
