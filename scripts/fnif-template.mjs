#!/usr/bin/env node
// A CloudFormation template that stresses the Fn::If readings: `policies` managed policies of `statements`
// statements each, every statement's Action an Fn::If on one of `conditions` independent conditions (each an
// Equals on its own parameter, so every policy depends on all of them: 2^conditions assignments). Used by
// `npm run bench`; on its own it prints the template:
//
//   node scripts/fnif-template.mjs [policies=100] [statements=100] [conditions=8] > stack.yaml
import { pathToFileURL } from 'node:url';

export function fnIfTemplate(policies = 100, statements = 100, conditions = 8) {
  const lines = ['Parameters:'];
  for (let c = 0; c < conditions; c++) lines.push(`  P${c}: {Type: String}`);
  lines.push('Conditions:');
  for (let c = 0; c < conditions; c++) lines.push(`  C${c}: !Equals [!Ref P${c}, 'on']`);
  lines.push('Resources:');
  for (let p = 0; p < policies; p++) {
    lines.push(`  Policy${p}:`, '    Type: AWS::IAM::ManagedPolicy', '    Properties:', '      PolicyDocument:', "        Version: '2012-10-17'", '        Statement:');
    for (let s = 0; s < statements; s++) {
      lines.push(`          - Sid: S${s}`, '            Effect: Allow',
        `            Action: !If [C${s % conditions}, 's3:GetObject', 's3:PutObjekt']`,
        `            Resource: 'arn:aws:s3:::bucket-${p}-${s}/*'`);
    }
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(fnIfTemplate(...process.argv.slice(2).map(Number)));
}
