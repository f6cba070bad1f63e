/**
 * Whether a file is a CloudFormation template, by its content: a top-level `Resources` object whose values
 * have a `Type` starting with `AWS::`. Cheap text checks first, so that a plain policy never pays for more.
 */
import { extname } from 'node:path';

/** Whether the file's name says YAML (or may be YAML: `.template` files are either). */
export function isYamlName(filePath: string): boolean {
  const ext = extname(filePath).toLowerCase();
  return ext === '.yaml' || ext === '.yml';
}

export function isTemplateName(filePath: string): boolean {
  return extname(filePath).toLowerCase() === '.template';
}

/** A YAML text worth parsing as a template: it names `Resources:` at the top level and some `AWS::` type. */
export function mayBeYamlTemplate(text: string): boolean {
  return /^\uFEFF?["']?Resources["']?\s*:/m.test(text) && text.includes('AWS::');
}

/** A JSON text worth checking: it names `"Resources"` and some `AWS::` type (before any parse). */
export function mayBeJsonTemplate(text: string): boolean {
  return text.includes('"Resources"') && text.includes('AWS::');
}

/**
 * A parsed value is a template when its `Resources` hold at least one resource with an `AWS::` Type (beside
 * any `Fn::ForEach::` loops of AWS::LanguageExtensions).
 */
export function isTemplateValue(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const resources = (value as Record<string, unknown>).Resources;
  if (resources === null || typeof resources !== 'object' || Array.isArray(resources)) return false;
  let any = false;
  for (const [logicalId, resource] of Object.entries(resources as Record<string, unknown>)) {
    // AWS::LanguageExtensions' Fn::ForEach::Name entries are a loop that makes resources, not a resource.
    if (logicalId.startsWith('Fn::ForEach::')) {
      if (loopMakesAwsResource(resource)) any = true;
      continue;
    }
    if (resource === null || typeof resource !== 'object') return false;
    const type = (resource as Record<string, unknown>).Type;
    if (typeof type !== 'string') return false;
    if (type.startsWith('AWS::')) any = true;
  }
  return any;
}

/** Whether an `Fn::ForEach` loop (`[identifier, collection, { LogicalId${identifier}: resource }]`) makes an `AWS::` resource. */
function loopMakesAwsResource(loop: unknown): boolean {
  if (!Array.isArray(loop) || loop.length !== 3) return false;
  const body = loop[2];
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return false;
  return Object.entries(body as Record<string, unknown>).some(([key, value]) => {
    if (key.startsWith('Fn::ForEach::')) return loopMakesAwsResource(value);
    const type = value !== null && typeof value === 'object' ? (value as Record<string, unknown>).Type : undefined;
    return typeof type === 'string' && type.startsWith('AWS::');
  });
}
