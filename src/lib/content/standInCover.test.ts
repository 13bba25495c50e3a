import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isStandIn, standInCover } from './standInCover.ts';

describe('sampul sementara dari npm run baru', () => {
  it('dikenali dari berkasnya, dan cukup lebar untuk sampul', async () => {
    const cover = await standInCover();
    expect(isStandIn(cover)).toBe(true);
    expect(await sharp(cover).metadata()).toMatchObject({ format: 'jpeg', width: 1600 });
  });

  it('foto biasa, juga yang berwarna polos sama, tidak dianggap sampul sementara', async () => {
    const plain = await sharp({
      create: { width: 1600, height: 1067, channels: 3, background: '#e9dcc6' },
    })
      .jpeg({ quality: 80 })
      .toBuffer();
    expect(isStandIn(plain)).toBe(false);
  });
});
