import FaktaKunci from './FaktaKunci.astro';
import Galeri from './Galeri.astro';
import Gambar from './Gambar.astro';
import Kutipan from './Kutipan.astro';

/** Components editors can use in any MDX body without importing them. */
export const mdxComponents = { FaktaKunci, Galeri, Gambar, Kutipan };
