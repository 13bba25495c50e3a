export interface PageSlice<T> {
  items: T[];
  /** 1-based page number. */
  current: number;
  total: number;
  prevUrl: string | undefined;
  nextUrl: string | undefined;
  /** Page links around the current one, with `gap` where numbers are skipped. */
  links: ({ number: number; url: string } | { gap: true })[];
}

/** Pages on either side of the current one that get their own link. */
const WINDOW = 2;

function windowedNumbers(current: number, total: number): number[] {
  const numbers = new Set([1, total]);
  for (let n = current - WINDOW; n <= current + WINDOW; n += 1) {
    if (n >= 1 && n <= total) numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b);
}

/** Address of page `number` of a list whose first page lives at `base`: `/berita/halaman/2/`. */
export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}halaman/${number}/`;
}

export function pageCount(itemCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(itemCount / pageSize));
}

/** Page `current` of `items`, with the links a reader needs to move through the list. */
export function pageOf<T>(
  items: T[],
  current: number,
  pageSize: number,
  base: string,
): PageSlice<T> {
  const total = pageCount(items.length, pageSize);
  if (!Number.isInteger(current) || current < 1 || current > total) {
    throw new RangeError(`Halaman ${current} tidak ada; daftar ini punya ${total} halaman.`);
  }
  return {
    items: items.slice((current - 1) * pageSize, current * pageSize),
    current,
    total,
    prevUrl: current > 1 ? pageUrl(base, current - 1) : undefined,
    nextUrl: current < total ? pageUrl(base, current + 1) : undefined,
    links: windowedNumbers(current, total).flatMap((number, index, numbers) => {
      const link = { number, url: pageUrl(base, number) };
      const previous = numbers[index - 1];
      return previous !== undefined && number - previous > 1
        ? [{ gap: true as const }, link]
        : [link];
    }),
  };
}

/**
 * Static paths for every page of a list served by one `[...page]` route: page 1 at `base`
 * (`page` undefined), later pages at `base/halaman/N/`. `extra` are the route's other parameters,
 * for example `{ tag: 'pembinaan' }`.
 */
export function listPaths<T, P extends Record<string, string>>(
  items: T[],
  pageSize: number,
  base: string,
  extra: P,
) {
  return Array.from({ length: pageCount(items.length, pageSize) }, (_, index) => ({
    params: { ...extra, page: index === 0 ? undefined : `halaman/${index + 1}` },
    props: { page: pageOf(items, index + 1, pageSize, base) },
  }));
}
