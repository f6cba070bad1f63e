/**
 * IP ranges in IpAddress / NotIpAddress conditions: an IPv4 or IPv6 address with an optional CIDR prefix
 * (an address alone is a /32 or /128). Addresses are held as bigints so that both families share the code.
 */
import { nodeNet } from '../builtins.js';

export interface IpRange {
  version: 4 | 6;
  /** The address as written (host bits included). */
  address: bigint;
  prefix: number;
  /** True when the text had an explicit `/prefix`. */
  explicitPrefix: boolean;
}

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function parseV4(text: string): bigint | undefined {
  const m = V4.exec(text);
  if (!m) return undefined;
  let out = 0n;
  for (const part of m.slice(1)) {
    const n = Number(part);
    if (n > 255) return undefined;
    out = (out << 8n) | BigInt(n);
  }
  return out;
}

function parseV6(text: string): bigint | undefined {
  if (!nodeNet().isIPv6(text) || text.includes('%')) return undefined;
  let head = text;
  let tail: bigint | undefined;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    tail = parseV4(text.slice(lastColon + 1));
    if (tail === undefined) return undefined;
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const [left, right] = head.includes('::') ? head.split('::') : [head, undefined];
  const leftGroups = left ? left.split(':') : [];
  const rightGroups = right === undefined ? [] : right ? right.split(':') : [];
  const missing = 8 - leftGroups.length - rightGroups.length;
  const groups = right === undefined ? leftGroups : [...leftGroups, ...new Array<string>(missing).fill('0'), ...rightGroups];
  if (groups.length !== 8) return undefined;
  let out = 0n;
  for (const g of groups) out = (out << 16n) | BigInt(parseInt(g, 16));
  if (tail !== undefined) out = (out & ~0xffffffffn) | tail;
  return out;
}

/** Parse `203.0.113.0/24`, `203.0.113.7`, `2001:db8::/32`; undefined when it is not an IP range. */
export function parseIpRange(text: string): IpRange | undefined {
  const slash = text.indexOf('/');
  const addressText = slash >= 0 ? text.slice(0, slash) : text;
  const prefixText = slash >= 0 ? text.slice(slash + 1) : undefined;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const v4 = parseV4(addressText);
  const version = v4 !== undefined ? 4 : 6;
  const address = v4 ?? parseV6(addressText);
  if (address === undefined) return undefined;
  const bits = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return undefined;
  return { version, address, prefix, explicitPrefix: prefixText !== undefined };
}

function bitsOf(range: IpRange): bigint {
  return range.version === 4 ? 32n : 128n;
}

/** The network address: the address with its host bits cleared. */
export function networkOf(range: IpRange): bigint {
  const hostBits = bitsOf(range) - BigInt(range.prefix);
  return (range.address >> hostBits) << hostBits;
}

export function hasHostBits(range: IpRange): boolean {
  return networkOf(range) !== range.address;
}

export function formatAddress(version: 4 | 6, address: bigint): string {
  if (version === 4) return [24n, 16n, 8n, 0n].map((shift) => String((address >> shift) & 0xffn)).join('.');
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => Number((address >> shift) & 0xffffn));
  // RFC 5952: the longest run of two or more zero groups becomes "::" (the first one on a tie).
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) { bestStart = i; bestLength = j - i; }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** The range with its host bits cleared, written as `network/prefix`. */
export function formatNetwork(range: IpRange): string {
  return `${formatAddress(range.version, networkOf(range))}/${range.prefix}`;
}

const PRIVATE_V4: Array<[bigint, number]> = [
  [0x0a000000n, 8], // 10.0.0.0/8
  [0xac100000n, 12], // 172.16.0.0/12
  [0xc0a80000n, 16], // 192.168.0.0/16
];
const PRIVATE_V6: Array<[bigint, number]> = [[0xfcn << 120n, 7]]; // fc00::/7, unique local addresses

/** True when the whole range lies inside the private address space (RFC 1918, and RFC 4193 for IPv6). */
export function isPrivateRange(range: IpRange): boolean {
  const blocks = range.version === 4 ? PRIVATE_V4 : PRIVATE_V6;
  const bits = bitsOf(range);
  return blocks.some(([network, prefix]) => {
    if (range.prefix < prefix) return false;
    const shift = bits - BigInt(prefix);
    return range.address >> shift === network >> shift;
  });
}
