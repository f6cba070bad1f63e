#!/usr/bin/env node
import { identity } from './generated/iam-policy-validators.js';
console.log(identity({}));
