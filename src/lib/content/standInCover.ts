/**
 * The cover `npm run baru` writes so that a new draft builds at once: a plain sand-coloured image
 * that carries a mark in its metadata. `periksa` looks for the mark, so a stand-in that is still
 * there when the entry goes live is reported instead of being published as a blank picture.
 */
import sharp from 'sharp';

/** Written into the stand-in's EXIF image description; any real photo replacing it lacks it. */
export const STAND_IN_MARK = 'Sampul sementara dari npm run baru: ganti dengan foto';

/** A 1600 × 1067 JPEG, wider than the narrowest cover `periksa` accepts, marked as a stand-in. */
export function standInCover(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1067, channels: 3, background: '#e9dcc6' } })
    .withExif({ IFD0: { ImageDescription: STAND_IN_MARK } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** Whether an image file's bytes are the stand-in's, or an image still carrying its mark. */
export function isStandIn(bytes: Buffer): boolean {
  return bytes.includes(STAND_IN_MARK);
}
