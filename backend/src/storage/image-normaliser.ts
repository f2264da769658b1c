import sharp from 'sharp';
import type { AcceptedType } from './file-sniffing.js';
import { StorageError, StorageErrorCode } from './storage.errors.js';

// Decoded pixels are not cached between requests: nothing of one person's upload lingers in memory for the next.
sharp.cache(false);

export type ImageType = Extract<AcceptedType, 'image/png' | 'image/jpeg' | 'image/webp'>;
export const IMAGE_TYPES: readonly ImageType[] = ['image/png', 'image/jpeg', 'image/webp'];
export const isImageType = (type: AcceptedType): type is ImageType => (IMAGE_TYPES as readonly AcceptedType[]).includes(type);

export interface ImageLimits {
  /** Longest side of the kept image, in pixels; larger images are scaled down. */
  maxSide: number;
  /** Width × height an upload may declare; refused before anything is decoded. */
  maxInputPixels: number;
}

const FORMAT: Record<ImageType, string> = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/webp': 'webp' };

/**
 * Decodes an image and encodes it afresh: the kept file is pixels only. EXIF (GPS position, camera
 * serial numbers), XMP, IPTC, ICC and comments are dropped, the orientation is applied to the
 * pixels, the size is bounded, and whatever else the upload carried (a polyglot's HTML or archive,
 * trailing bytes) is not copied. Everything happens in memory: the original is never written.
 */
export async function normaliseImage(bytes: Buffer, type: ImageType, field: string, limits: ImageLimits): Promise<Buffer> {
  const unreadable = () => new StorageError(StorageErrorCode.Unreadable, `${field} could not be read as a ${FORMAT[type].toUpperCase()} image`);
  // The header alone: a file declaring 65535 × 65535 pixels is refused before a byte is inflated.
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!header?.width || !header.height || header.format !== FORMAT[type]) throw unreadable();
  if (header.width * header.height > limits.maxInputPixels) {
    throw new StorageError(StorageErrorCode.TooManyPixels, `${field} is ${header.width} × ${header.height} pixels; at most ${limits.maxInputPixels} pixels in all are accepted (IMAGE_MAX_PIXELS)`);
  }
  // limitInputPixels again here, so the decoder itself refuses what the header check let through by mistake.
  const pipeline = sharp(bytes, { limitInputPixels: limits.maxInputPixels, failOn: 'error', pages: 1 })
    .rotate()
    .resize({ width: limits.maxSide, height: limits.maxSide, fit: 'inside', withoutEnlargement: true });
  const encoded = type === 'image/jpeg' ? pipeline.jpeg({ quality: 85, mozjpeg: true }) : type === 'image/png' ? pipeline.png({ compressionLevel: 9 }) : pipeline.webp({ quality: 85 });
  try {
    return await encoded.toBuffer();
  } catch {
    throw unreadable();
  }
}
