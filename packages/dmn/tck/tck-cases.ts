import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

/** An expected or input value from a TCK test file, keeping the original text of numbers for comparison. */
export type TckValue =
  | { kind: 'null' }
  | { kind: 'number'; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'temporal'; xsdType: 'date' | 'dateTime' | 'time' | 'duration'; text: string }
  | { kind: 'list'; items: TckValue[] }
  | { kind: 'context'; entries: { name: string; value: TckValue }[] };

export interface TckNode {
  name: string;
  namespace?: string;
  value: TckValue;
}

export interface TckResultNode extends TckNode {
  type: string;
  errorResult: boolean;
}

export interface TckCase {
  id: string;
  type: 'decision' | 'decisionService' | 'bkm';
  invocableName?: string;
  inputs: TckNode[];
  results: TckResultNode[];
}

export interface TckFile {
  modelName: string | null;
  cases: TckCase[];
}

type XmlNode = Record<string, unknown>;

const ARRAYS = new Set(['testCase', 'inputNode', 'resultNode', 'component', 'item']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  // Strings in the TCK can have meaningful leading/trailing spaces; keep text exactly.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ARRAYS.has(name),
});

function text(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node;
  if (typeof node === 'object') {
    const inner = (node as XmlNode)['#text'];
    return typeof inner === 'string' ? inner : inner === undefined ? '' : String(inner);
  }
  return String(node);
}

function attr(node: unknown, name: string): string | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const value = (node as XmlNode)[`@${name}`];
  return value === undefined ? undefined : String(value);
}

function isNil(node: unknown): boolean {
  return attr(node, 'nil') === 'true';
}

function scalar(node: unknown): TckValue {
  if (isNil(node)) return { kind: 'null' };
  const type = (attr(node, 'type') ?? 'xsd:string').replace(/^.*:/, '');
  const raw = text(node);
  switch (type) {
    case 'decimal':
    case 'double':
    case 'float':
    case 'integer':
    case 'int':
    case 'long':
    case 'short':
      return { kind: 'number', text: raw.trim() };
    case 'boolean':
      return { kind: 'boolean', value: raw.trim() === 'true' };
    case 'date':
    case 'dateTime':
    case 'time':
    case 'duration':
      return { kind: 'temporal', xsdType: type, text: raw.trim() };
    default:
      return { kind: 'string', value: raw };
  }
}

/** Reads a valueType element: <value>, a list of <component>, or <list> of <item>. */
export function readValue(node: unknown): TckValue {
  if (node === null || node === undefined || typeof node !== 'object') return { kind: 'null' };
  const element = node as XmlNode;
  if (isNil(element)) return { kind: 'null' };
  if ('value' in element) return scalar(element.value);
  if ('component' in element) {
    const components = element.component as XmlNode[];
    return {
      kind: 'context',
      entries: components.map((component) => ({ name: attr(component, 'name') ?? '', value: readValue(component) })),
    };
  }
  if ('list' in element) {
    const list = element.list;
    if (isNil(list)) return { kind: 'null' };
    const items = list !== null && typeof list === 'object' ? ((list as XmlNode).item as XmlNode[] | undefined) ?? [] : [];
    return { kind: 'list', items: items.map(readValue) };
  }
  return { kind: 'null' };
}

export function readTckFile(path: string): TckFile {
  const parsed = parser.parse(readFileSync(path, 'utf8')) as XmlNode;
  const root = (parsed.testCases ?? {}) as XmlNode;
  const cases = ((root.testCase as XmlNode[] | undefined) ?? []).map((testCase): TckCase => {
    const type = attr(testCase, 'type') ?? 'decision';
    const invocableName = attr(testCase, 'invocableName');
    return {
      id: attr(testCase, 'id') ?? '',
      type: type === 'decisionService' || type === 'bkm' ? type : 'decision',
      ...(invocableName !== undefined ? { invocableName } : {}),
      inputs: ((testCase.inputNode as XmlNode[] | undefined) ?? []).map((input) => ({
        name: attr(input, 'name') ?? '',
        ...(attr(input, 'namespace') !== undefined ? { namespace: attr(input, 'namespace') } : {}),
        value: readValue(input),
      })),
      results: ((testCase.resultNode as XmlNode[] | undefined) ?? []).map((result) => ({
        name: attr(result, 'name') ?? '',
        type: attr(result, 'type') ?? 'decision',
        errorResult: attr(result, 'errorResult') === 'true',
        value: readValue(result.expected),
      })),
    };
  });
  const modelName = text(root.modelName).trim();
  return { modelName: modelName || null, cases };
}
