export declare const UNKNOWN_PATH: string;
export declare function sitemapPaths(dist: string): string[];
export declare const TEMPLATES: {
  name: string;
  pattern: RegExp;
  optional?: boolean;
  entry?: boolean;
  query?: string;
}[];
export declare function templatePaths(
  paths: string[],
  options?: { anyContent?: boolean },
): string[];
export declare function pagesForChangedFiles(files: string[], contentDir?: string): string[];
export declare function firstPageOf(paths: string[], name: string): string | undefined;
export declare function changedFiles(base: string, cwd?: string, pathspec?: string[]): string[];
export declare function changedContentFiles(base: string, cwd?: string): string[];
export declare function onlyContent(files: string[]): boolean;
export declare function screenshotSummary(
  shots: { pathname: string; width: number; file: string }[],
  unpublished?: string[],
): string;
