/**
 * Debian's Chromium, as tests and benchmarks launch it. Nothing downloads a browser; CI installs
 * the `chromium` package.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Lets Chromium run as root in CI and keeps it from reaching for the network on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
