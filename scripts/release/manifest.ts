/**
 * A web release's manifest: every file of the build with its SHA-256, size and the headers it is
 * served with. It is written last when a release is kept, so a release without one is not a
 * release; going live or rolling back checks every file against it first.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
  contentType: string;
  cacheControl: string;
}

export interface Manifest {
  version: string;
  files: ManifestFile[];
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Fingerprinted build output is cached for a year; everything else is revalidated. */
export function cacheControlFor(path: string): string {
  return path.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The manifest of a build directory, files in a stable order. */
export function manifestOf(directory: string, version: string): Manifest {
  const paths = readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  return {
    version,
    files: paths.map((path) => {
      const bytes = readFileSync(join(directory, path));
      return {
        path,
        sha256: sha256(bytes),
        size: bytes.length,
        contentType: contentTypeFor(path),
        cacheControl: cacheControlFor(path),
      };
    }),
  };
}

/** Same files with the same bytes (headers follow from the paths). */
export function sameFiles(a: Manifest, b: Manifest): boolean {
  const key = (manifest: Manifest) =>
    manifest.files.map((file) => `${file.path}\u0000${file.sha256}`).join('\n');
  return key(a) === key(b);
}

/** Root-relative files index.html loads (scripts, styles, icons), without query or hash. */
export function referencedFiles(indexHtml: string): string[] {
  const found = new Set<string>();
  for (const match of indexHtml.matchAll(/\b(?:src|href)="\/([^"?#]+)[^"]*"/gu)) {
    const path = match[1];
    if (path !== undefined && path !== '' && !path.startsWith('/')) found.add(path);
  }
  return [...found].sort();
}

/** Why a manifest cannot go live, or undefined when it can. */
export function manifestProblem(
  manifest: Manifest,
  indexHtml: string | undefined,
): string | undefined {
  const paths = new Set(manifest.files.map((file) => file.path));
  if (!paths.has('index.html') || indexHtml === undefined) return 'it has no index.html';
  const missing = referencedFiles(indexHtml).filter((path) => !paths.has(path));
  if (missing.length > 0) return `index.html loads files the release lacks: ${missing.join(', ')}`;
  return undefined;
}

export function parseManifest(text: string): Manifest {
  const value = JSON.parse(text) as Partial<Manifest>;
  if (typeof value.version !== 'string' || !Array.isArray(value.files))
    throw new Error('the manifest is malformed');
  return value as Manifest;
}
