// Types for scripts/build-lambda.mjs.
export declare const FUNCTIONS: Record<
  'api' | 'edge-router' | 'origin-signer' | 'insights-stream',
  string
>;
export interface BuiltFunction {
  zip: string;
  bundle: string;
  /** All files; `entryBytes` is what loads at cold start. */
  bundleBytes: number;
  entryBytes: number;
  zipBytes: number;
}
export declare function buildLambdas(
  outDir?: string,
): Promise<Record<keyof typeof FUNCTIONS, BuiltFunction>>;
