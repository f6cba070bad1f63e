/**
 * On-disk cache of ValidatePolicy replies: one JSON file per request, named by the sha256 of everything that
 * decides the reply (policy text, AWS policy type, validatePolicyResourceType, locale) and of the tool version
 * (a new release may read findings differently). Files are written atomically (temporary file + rename), so
 * concurrent runs never see half a file; an unreadable or foreign file is a miss, never an error. Entries
 * older than `maxAgeMs` are misses too: AWS adds checks, and a cache must not hide them for ever.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { checkFindings, type AwsFinding } from './map.js';

const FORMAT = 1;
/** Default lifetime of an entry: 7 days. */
export const DEFAULT_CACHE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export interface CacheKeyParts {
  text: string;
  policyType: string;
  resourceType: string | undefined;
  locale: string | undefined;
  toolVersion: string;
}

export function cacheKey(parts: CacheKeyParts): string {
  return createHash('sha256')
    .update(JSON.stringify(['policy-lint/access-analyzer', FORMAT, parts.toolVersion, parts.policyType, parts.resourceType ?? null, parts.locale ?? null, parts.text]))
    .digest('hex');
}

/**
 * The user cache directory of policy-lint: `$XDG_CACHE_HOME/policy-lint` when set, else
 * `~/Library/Caches/policy-lint` on macOS, `%LOCALAPPDATA%\policy-lint\Cache` on Windows, `~/.cache/policy-lint`.
 */
export function defaultCacheLocation(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = (platform === 'win32' ? env.USERPROFILE : env.HOME) || homedir();
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'policy-lint', 'Cache');
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'policy-lint');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'policy-lint');
  return join(home, '.cache', 'policy-lint');
}

interface Entry {
  format: number;
  key: string;
  createdAt: number;
  toolVersion: string;
  policyType: string;
  resourceType: string | null;
  locale: string | null;
  findings: AwsFinding[];
}

export class FindingsCache {
  readonly directory: string;
  private ready: Promise<unknown> | undefined;

  constructor(location: string, private readonly maxAgeMs = DEFAULT_CACHE_MAX_AGE_MS) {
    this.directory = join(location, 'access-analyzer');
  }

  private file(key: string): string {
    return join(this.directory, `${key}.json`);
  }

  async get(key: string): Promise<AwsFinding[] | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.file(key), 'utf8')) as Entry;
      if (entry?.format !== FORMAT || entry.key !== key || typeof entry.createdAt !== 'number') return undefined;
      const age = Date.now() - entry.createdAt;
      if (age > this.maxAgeMs || age < -60_000) return undefined;
      return checkFindings(entry.findings);
    } catch {
      return undefined;
    }
  }

  /** Store a reply; failures to write are ignored (the cache is an optimisation). */
  async set(key: string, parts: Omit<CacheKeyParts, 'text'>, findings: AwsFinding[]): Promise<void> {
    const entry: Entry = {
      format: FORMAT,
      key,
      createdAt: Date.now(),
      toolVersion: parts.toolVersion,
      policyType: parts.policyType,
      resourceType: parts.resourceType ?? null,
      locale: parts.locale ?? null,
      findings,
    };
    const target = this.file(key);
    const temporary = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      this.ready ??= mkdir(this.directory, { recursive: true });
      await this.ready;
      await writeFile(temporary, JSON.stringify(entry), { encoding: 'utf8', mode: 0o600 });
      await rename(temporary, target);
    } catch {
      this.ready = undefined;
      await unlink(temporary).catch(() => undefined);
    }
  }
}
