/**
 * What a sighted keyboard user sees of the focused element's outline, measured in the page: its
 * colour against the colours it is painted over. axe does not check focus indicators, and WCAG 2.2
 * (1.4.11, 2.4.13) asks 3:1 against adjacent colours.
 */
export interface FocusRing {
  /** Tag, id or text of the focused element, to name it in a failure. */
  element: string;
  /** The page's header, its footer, or anywhere else. */
  place: 'kepala' | 'kaki' | 'lain';
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  /** What lies under the outline in the middle of each side that is on screen. */
  samples: { side: string; background: string; contrast: number }[];
}

/**
 * Runs inside the page (it is serialised, so it may use nothing from this module). Samples the
 * centre line of the outline on each side: the backgrounds of the elements painted there, with
 * their transparency blended in, give the colour the outline is seen against. The focused
 * element's own background is left out, because the outline is drawn outside it.
 */
export function measureFocusRing(): FocusRing | undefined {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body) return undefined;
  type Rgba = [number, number, number, number];
  const parse = (css: string): Rgba => {
    const numbers = (css.match(/[\d.]+/g) ?? []).map(Number);
    if (!/^rgba?\(/.test(css) || numbers.length < 3) throw new Error(`Warna tak terbaca: ${css}`);
    return [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 0, numbers[3] ?? 1];
  };
  const over = (top: Rgba, below: Rgba): Rgba => {
    const alpha = top[3];
    return [0, 1, 2]
      .map((i) => (top[i] ?? 0) * alpha + (below[i] ?? 0) * (1 - alpha))
      .concat(1) as Rgba;
  };
  const luminance = ([r, g, b]: Rgba) =>
    [r, g, b]
      .map((value) => value / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
  const contrast = (a: Rgba, b: Rgba) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  };
  const CONTROLS = 'a, button, input, select, textarea, summary';
  const backgroundAt = (x: number, y: number): Rgba => {
    const layers: Rgba[] = [];
    for (const element of document.elementsFromPoint(x, y)) {
      // A control joined to the focused one (the search field's button) is foreground beside
      // it, not the surface it sits on.
      if (focused.contains(element) || element.matches(CONTROLS)) continue;
      const color = parse(getComputedStyle(element).backgroundColor);
      layers.push(color);
      if (color[3] === 1) break;
    }
    // The browser's canvas is white under an unpainted page.
    return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };

  const style = getComputedStyle(focused);
  const width = parseFloat(style.outlineWidth) || 0;
  const reach = (parseFloat(style.outlineOffset) || 0) + width / 2;
  const box = focused.getBoundingClientRect();
  const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const sides = {
    atas: [middle.x, box.top - reach],
    bawah: [middle.x, box.bottom + reach],
    kiri: [box.left - reach, middle.y],
    kanan: [box.right + reach, middle.y],
  } as const;
  const ring = parse(style.outlineColor);
  const samples = Object.entries(sides)
    .filter(([, [x, y]]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight)
    .map(([side, [x, y]]) => {
      const background = backgroundAt(x, y);
      return {
        side,
        background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
        contrast: Math.round(contrast(ring, background) * 100) / 100,
      };
    });
  const name = (focused.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return {
    element: `${focused.tagName.toLowerCase()}${focused.id ? `#${focused.id}` : ''} “${name}”`,
    place: focused.closest('body > header')
      ? 'kepala'
      : focused.closest('footer')
        ? 'kaki'
        : 'lain',
    outlineStyle: style.outlineStyle,
    outlineWidth: width,
    outlineColor: style.outlineColor,
    samples,
  };
}
