/**
 * What to write instead of an HTML element, for the editor who typed or pasted it. No HTML element
 * is allowed in a body: Markdown and the four components cover everything a news article needs,
 * and refusing all of it leaves no element through which a script, a redirect or an overlay could
 * reach readers.
 */

const REMOVE = 'Hapus elemen ini; badan tulisan tidak boleh memuat kode.';
const EMBED =
  'Sematan dari situs lain tidak dapat dipasang. Tulis tautan biasa, misalnya [Tonton videonya](https://alamat-video).';
const FORM =
  'Formulir tidak dapat dipasang di tulisan. Tautkan ke formulirnya, misalnya [Isi formulir pendaftaran](https://alamat-formulir).';
const PLAIN =
  'Hapus tanda HTML ini dan tulis teksnya saja; paragraf dipisahkan dengan satu baris kosong.';

const ADVICE: Record<string, string> = {
  script: REMOVE,
  noscript: REMOVE,
  style: 'Tampilan diatur oleh situs. Hapus elemen ini.',
  link: REMOVE,
  meta: 'Elemen <meta> dapat mengalihkan pembaca ke situs lain. Hapus elemen ini.',
  base: 'Elemen <base> mengubah tujuan semua tautan di halaman. Hapus elemen ini.',
  head: REMOVE,
  html: REMOVE,
  body: REMOVE,
  title: 'Judul ditulis di kolom title pada frontmatter. Hapus elemen ini.',
  iframe: EMBED,
  frame: EMBED,
  embed: EMBED,
  object: EMBED,
  applet: EMBED,
  video: EMBED,
  audio: EMBED,
  canvas: REMOVE,
  svg: 'Gambar SVG tidak diterima. Ekspor sebagai PNG lalu pakai ![teks alt](./gambar.png).',
  math: REMOVE,
  form: FORM,
  input: FORM,
  button: FORM,
  select: FORM,
  textarea: FORM,
  img: 'Tulis ![teks alt](./foto.jpg), atau <Gambar src="./foto.jpg" alt="…" /> bila perlu keterangan.',
  picture:
    'Tulis ![teks alt](./foto.jpg), atau <Gambar src="./foto.jpg" alt="…" /> bila perlu keterangan.',
  figure: 'Tulis <Gambar src="./foto.jpg" alt="…" caption="…" />.',
  a: 'Tulis tautan dengan Markdown: [teks tautan](https://alamat) atau [teks](/berita/alamat/).',
  b: 'Tulis teks tebal dengan dua bintang: **teks**.',
  strong: 'Tulis teks tebal dengan dua bintang: **teks**.',
  i: 'Tulis teks miring dengan satu bintang: *teks*.',
  em: 'Tulis teks miring dengan satu bintang: *teks*.',
  u: 'Garis bawah dikira tautan oleh pembaca. Pakai **teks tebal** untuk penekanan.',
  s: 'Tulis coretan dengan dua tilde: ~~teks~~.',
  del: 'Tulis coretan dengan dua tilde: ~~teks~~.',
  h1: 'Judul halaman diambil dari kolom title. Untuk subjudul tulis ## Subjudul di awal baris.',
  h2: 'Tulis ## Subjudul di awal baris.',
  h3: 'Tulis ### Subjudul di awal baris.',
  h4: 'Tulis #### Subjudul di awal baris.',
  h5: 'Tulis #### Subjudul di awal baris.',
  h6: 'Tulis #### Subjudul di awal baris.',
  br: 'Untuk paragraf baru, sisakan satu baris kosong; untuk baris baru dalam paragraf, akhiri baris dengan \\.',
  hr: 'Tulis --- di baris tersendiri, diapit baris kosong.',
  ul: 'Tulis daftar dengan tanda - di awal setiap baris.',
  ol: 'Tulis daftar bernomor dengan 1. 2. 3. di awal setiap baris.',
  li: 'Tulis setiap butir daftar dengan tanda - di awal baris.',
  blockquote: 'Tulis > di awal baris, atau pakai <Kutipan>…</Kutipan>.',
  table: 'Tulis tabel Markdown: | Kolom | Kolom |, lalu |---|---|, lalu satu baris per isi.',
  thead: 'Tulis tabel Markdown: | Kolom | Kolom |, lalu |---|---|, lalu satu baris per isi.',
  tbody: 'Tulis tabel Markdown: | Kolom | Kolom |, lalu |---|---|, lalu satu baris per isi.',
  tr: 'Tulis tabel Markdown: | Kolom | Kolom |, lalu |---|---|, lalu satu baris per isi.',
  td: 'Tulis tabel Markdown: | Kolom | Kolom |, lalu |---|---|, lalu satu baris per isi.',
  th: 'Tulis tabel Markdown: | Kolom | Kolom |, lalu |---|---|, lalu satu baris per isi.',
  code: 'Tulis kode dengan tanda petik terbalik: `kode`.',
  pre: 'Tulis blok kode di antara dua baris ```.',
};

/**
 * Advice for an HTML element. Word's pasted HTML (`class="MsoNormal"`, `<o:p>`) is named as such,
 * because the fix is to paste again as plain text rather than to edit tags one by one.
 */
export function adviceForHtml(element: string, attributes: string[]): string {
  const fromWord =
    element.includes(':') || attributes.some((name) => /^(?:class|style|lang)$/i.test(name));
  const lower = element.toLowerCase();
  if (fromWord && !ADVICE[lower]) {
    return 'Teks ini tampaknya ditempel dari Microsoft Word atau halaman web. Hapus bagian ini lalu tempel ulang sebagai teks biasa (Ctrl+Shift+V), kemudian beri format dengan Markdown.';
  }
  return ADVICE[lower] ?? PLAIN;
}
