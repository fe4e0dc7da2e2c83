/**
 * The app's tsconfig leaves Node's types out (the app runs in a browser), so
 * tests read files through this small typed door rather than widening the
 * types of every app file with `/// <reference types="node" />`.
 */
interface NodeFs {
  existsSync(path: URL): boolean;
  readFileSync(path: URL): Uint8Array;
}

const fsModule = 'node:fs';
const fs = (await import(/* @vite-ignore */ fsModule)) as NodeFs;

/** A file's bytes, or a failure that says which file is missing. */
export function readBytes(url: URL): Uint8Array {
  if (!fs.existsSync(url))
    throw new Error(`Expected a file at ${url.pathname}, but there is none.`);
  return fs.readFileSync(url);
}

export function readText(url: URL): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readBytes(url));
}
