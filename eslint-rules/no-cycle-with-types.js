import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * `import-x/no-cycle` skips type-only imports and has no option to follow them (its docs: "This
 * rule ignores type-only imports […], which have no runtime effect"). A cycle made of types is
 * still two modules that cannot be understood, moved or split apart one at a time, so this rule
 * follows every relative import and re-export (`import type`, `import()`, `export … from`) and
 * reports one that leads back to the file being linted. Relative paths only: the app's own
 * modules import each other relatively, and a package cannot import the app.
 */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;
const EXTENSIONS = ['', '.ts', '.tsx', '.d.ts', '.js', '.mjs', '/index.ts', '/index.tsx'];

/** Per lint run: files do not change while ESLint runs. */
const importsOf = new Map();

function resolve(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function sourceImports(file, text) {
  const found = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const target = resolve(file, match[2]);
    if (target && /\.(ts|tsx|js|mjs)$/.test(target)) found.push([match[2], target]);
  }
  return found;
}

function importsOfFile(file) {
  let imports = importsOf.get(file);
  if (!imports) {
    imports = sourceImports(file, readFileSync(file, 'utf8')).map(([, target]) => target);
    importsOf.set(file, imports);
  }
  return imports;
}

/** The shortest chain of files from `start` back to `goal`, or null. */
function pathBack(start, goal) {
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of importsOfFile(file)) {
      if (next === goal) {
        const chain = [];
        for (let at = file; at; at = cameFrom.get(at)) chain.unshift(at);
        return chain;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

export const noCycleWithTypes = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles, type-only imports included.' },
    schema: [],
    messages: { cycle: 'Import cycle (type imports included): {{chain}}.' },
  },
  create(context) {
    const file = context.physicalFilename;
    return {
      Program(node) {
        const text = context.sourceCode.getText();
        for (const [specifier, target] of sourceImports(file, text)) {
          const chain = target === file ? [] : pathBack(target, file);
          if (!chain) continue;
          const names = [file, ...chain, file].map((each) => path.relative(process.cwd(), each));
          context.report({
            node,
            loc: locationOf(context, text, specifier),
            messageId: 'cycle',
            data: { chain: names.join(' → ') },
          });
        }
      },
    };
  },
};

function locationOf(context, text, specifier) {
  const at = Math.max(0, text.indexOf(specifier));
  const start = context.sourceCode.getLocFromIndex(at);
  const end = context.sourceCode.getLocFromIndex(at + specifier.length);
  return { start, end };
}

export const localRules = { rules: { 'no-cycle-with-types': noCycleWithTypes } };
