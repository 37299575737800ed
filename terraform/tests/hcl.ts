/**
 * Test helper: every Terraform file parsed offline with @cdktf/hcl2json (HCL to the JSON
 * syntax Terraform itself documents), grouped by directory, as the infrastructure tests read it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@cdktf/hcl2json';

export const TERRAFORM = join(dirname(fileURLToPath(import.meta.url)), '..');

type Json = Record<string, unknown>;

/** A block label map: { "<type>": { "<name>": [body, ...] } } or { "<name>": [body] }. */
export type Blocks = Record<string, Record<string, Json[]>>;

export interface Directory {
  path: string;
  variables: Record<string, Json>;
  outputs: Record<string, Json>;
  locals: Record<string, unknown>;
  modules: Record<string, Json>;
  resources: Blocks;
  data: Blocks;
  terraform: Json[];
  providers: Record<string, Json[]>;
  tfvars: Record<string, Json>;
}

function files(root: string, extension: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension) && !name.includes('.terraform'))
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isFile());
}

function first(value: unknown): Json {
  return (Array.isArray(value) ? value[0] : value) as Json;
}

export async function loadTerraform(): Promise<Map<string, Directory>> {
  const directories = new Map<string, Directory>();
  const directory = (path: string): Directory => {
    let found = directories.get(path);
    if (found === undefined) {
      found = {
        path,
        variables: {},
        outputs: {},
        locals: {},
        modules: {},
        resources: {},
        data: {},
        terraform: [],
        providers: {},
        tfvars: {},
      };
      directories.set(path, found);
    }
    return found;
  };
  for (const file of files(TERRAFORM, '.tf')) {
    const parsed = (await parse(file, readFileSync(file, 'utf8'))) as Json;
    const target = directory(relative(TERRAFORM, dirname(file)));
    for (const [name, body] of Object.entries((parsed['variable'] ?? {}) as Json))
      target.variables[name] = first(body);
    for (const [name, body] of Object.entries((parsed['output'] ?? {}) as Json))
      target.outputs[name] = first(body);
    for (const block of (parsed['locals'] ?? []) as Json[]) Object.assign(target.locals, block);
    for (const [name, body] of Object.entries((parsed['module'] ?? {}) as Json))
      target.modules[name] = first(body);
    for (const kind of ['resource', 'data'] as const) {
      const into = kind === 'resource' ? target.resources : target.data;
      for (const [type, named] of Object.entries((parsed[kind] ?? {}) as Json)) {
        into[type] ??= {};
        for (const [name, bodies] of Object.entries(named as Json))
          into[type][name] = bodies as Json[];
      }
    }
    target.terraform.push(...((parsed['terraform'] ?? []) as Json[]));
    for (const [name, bodies] of Object.entries((parsed['provider'] ?? {}) as Json)) {
      target.providers[name] = [...(target.providers[name] ?? []), ...(bodies as Json[])];
    }
  }
  for (const file of files(TERRAFORM, '.tfvars')) {
    const parsed = (await parse(file, readFileSync(file, 'utf8'))) as Json;
    directory(relative(TERRAFORM, dirname(file))).tfvars = parsed as Record<string, Json>;
  }
  return directories;
}

/** Every string anywhere inside a value. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** All resources of a type in a directory, as [name, body]. */
export function resourcesOf(directory: Directory, type: string): [string, Json][] {
  return Object.entries(directory.resources[type] ?? {}).map(([name, bodies]) => [
    name,
    bodies[0] ?? {},
  ]);
}

export { first };
