/**
 * node:fs/promises' readFile, readdir and stat, made from node:fs's callback functions: importing node:fs/promises
 * loads a dozen more of Node's own modules (readline, file watchers, directory streams), about a millisecond of
 * every cold start, and these three are all the command needs (src/files.ts, src/config/load.ts).
 */
import { readdir as readdirCallback, readFile as readFileCallback, stat as statCallback } from 'node:fs';
import { promisify } from 'node:util';

export const readFile = promisify(readFileCallback);
export const readdir = promisify(readdirCallback);
export const stat = promisify(statCallback);
