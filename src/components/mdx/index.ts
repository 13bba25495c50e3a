import FaktaKunci from './FaktaKunci.astro';
import Galeri from './Galeri.astro';
import Gambar from './Gambar.astro';
import GambarMarkdown from './GambarMarkdown.astro';
import Kutipan from './Kutipan.astro';

/**
 * Components editors can use in any MDX body without importing them (the list editors may use is
 * `src/lib/content/bodyComponents.ts`); `img` renders Markdown images.
 */
export const mdxComponents = { FaktaKunci, Galeri, Gambar, Kutipan, img: GambarMarkdown };
