/**
 * A URL-safe address from Indonesian text: `Pelatihan Tata Boga: Menu Khas Maluku` →
 * `pelatihan-tata-boga-menu-khas-maluku`. Accents are dropped, everything else that is not a letter
 * or digit becomes a single hyphen, and long titles are cut at a word boundary.
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
