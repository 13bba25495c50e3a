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

/**
 * The bytes of an image file in which the mark can be: EXIF sits before the pixels, in the first
 * kilobytes, while a photo may weigh 25 MB.
 */
export const MARK_WINDOW = 64 * 1024;

/** Whether the start of an image file (`MARK_WINDOW` bytes) carries the stand-in's mark. */
export function isStandIn(head: Buffer): boolean {
  return head.includes(STAND_IN_MARK);
}
