/**
 * The part of Decap CMS's global API the web editor uses. Decap's bundle defines `window.CMS`
 * and React's `h` (createElement); its own type declarations would pull in React's.
 */

/** Decap's Immutable.js values, read by path. */
export interface ImmutableMap {
  getIn(path: readonly (string | number)[]): unknown;
  get(key: string): unknown;
  toJS(): unknown;
}

export interface PreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): unknown;
  getAsset(path: string): { toString(): string } | undefined;
}

export type CreateElement = (
  type: string | ((props: PreviewProps) => unknown),
  props?: Record<string, unknown> | null,
  ...children: unknown[]
) => unknown;

export interface DecapCms {
  init(options?: { config?: Record<string, unknown> }): void;
  registerLocale(name: string, phrases: unknown): void;
  registerEditorComponent(component: Record<string, unknown>): void;
  registerPreviewStyle(url: string): void;
  registerRemarkPlugin(plugin: () => void): void;
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => unknown): void;
  registerEventListener(listener: {
    name: 'preSave';
    handler: (event: { entry: ImmutableMap }) => unknown;
  }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: CreateElement;
  }
}
