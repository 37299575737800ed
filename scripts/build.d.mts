// Types for scripts/build.mjs, so TypeScript callers (benchmarks, tests) can import it.
export declare const WEB_DIST: string;
export declare const SERVER_BUNDLE: string;
export declare function buildWebPages(options?: {
  outDir?: string;
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
  mode?: string;
}): Promise<void>;
export declare function buildWeb(options?: { ifStale?: boolean }): Promise<boolean>;
export declare function buildServer(options?: { ifStale?: boolean }): Promise<boolean>;
