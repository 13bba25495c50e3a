export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}
export function parseHeadersFile(text: string): HeaderRule[];
export function headersFor(rules: HeaderRule[], pathname: string): Map<string, string>;
export function startServer(options?: {
  root?: string;
  port?: number;
  host?: string;
  onResponse?: (pathname: string, bytes: number) => void;
}): Promise<{ url: string; close: () => Promise<void> }>;
