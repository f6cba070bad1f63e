/** Whether a file may be a Serverless Framework service file, by its name (imported by run.ts: no parser here). */
import { basename } from 'node:path';

/**
 * `serverless.yml`, `serverless.yaml`, `serverless.json` (the names the framework looks for), and
 * `serverless.<name>.yml` and the like (files given to `serverless deploy --config`). Whether it is a service
 * for AWS is decided by its content (`isServerlessService`).
 */
export function isServerlessName(filePath: string): boolean {
  return /^serverless(?:\.[\w-]+)?\.(?:ya?ml|json)$/i.test(basename(filePath));
}

/**
 * A text worth parsing as a service file: a top-level `service` and `provider` (cheap, before the YAML parser
 * loads); the first line may start with a byte order mark, which the framework's YAML reader skips.
 */
export function mayBeServerless(text: string): boolean {
  return /^\uFEFF?["']?service["']?\s*:|"service"\s*:/m.test(text) && /^\uFEFF?["']?provider["']?\s*:|"provider"\s*:/m.test(text);
}

/**
 * A text whose top-level `provider` is AWS's, by its lines alone (`provider: aws`, or `name: aws` in the lines
 * indented under `provider:`): a service file for AWS even when its YAML does not parse, so that its syntax
 * error is reported, as a broken template's is, rather than the file passed over.
 */
export function namesAwsProvider(text: string): boolean {
  if (/^\uFEFF?["']?provider["']?\s*:\s*["']?aws["']?\s*(?:#.*)?$/m.test(text)) return true;
  const block = /^\uFEFF?["']?provider["']?\s*:\s*(?:#.*)?\r?\n((?:[ \t]+.*\r?\n?|[ \t]*\r?\n)*)/m.exec(text);
  return block !== null && /^[ \t]+["']?name["']?\s*:\s*["']?aws["']?\s*(?:#.*)?$/m.test(block[1]);
}

/** A serverless.json or an included JSON file with a byte order mark: the framework's JSON reader refuses it. */
export const JSON_BOM_MESSAGE = 'The file starts with a byte order mark (U+FEFF), which the Serverless Framework\'s JSON reader refuses: it stops the deploy ("Cannot parse"); save the file without it.';
