import { createRequire } from 'node:module';

/**
 * The DMN 1.3 moddle schema extended with the DMN 1.4/1.5 boxed expressions (conditional, filter, for,
 * some, every) and ItemDefinition.typeConstraint. dmn-moddle lets a caller replace a package by prefix,
 * so we pass an extended copy of its own `dmn` package instead of forking the library.
 */
interface ModdleProperty {
  name: string;
  type: string;
  isAttr?: boolean;
  isMany?: boolean;
  xml?: { serialize: string };
}
interface ModdleType {
  name: string;
  superClass?: string[];
  isAbstract?: boolean;
  properties: ModdleProperty[];
}
interface ModdlePackage {
  name: string;
  prefix: string;
  uri: string;
  types: ModdleType[];
  [key: string]: unknown;
}

const require = createRequire(import.meta.url);

const child = (name: string, type = 'ChildExpression'): ModdleProperty => ({
  name,
  type,
  xml: { serialize: 'property' },
});

const EXTRA_TYPES: ModdleType[] = [
  { name: 'ChildExpression', properties: [{ name: 'id', type: 'String', isAttr: true }, { name: 'value', type: 'Expression' }] },
  {
    name: 'TypedChildExpression',
    superClass: ['ChildExpression'],
    properties: [{ name: 'typeRef', type: 'String', isAttr: true }],
  },
  { name: 'Conditional', superClass: ['Expression'], properties: [child('if'), child('then'), child('else')] },
  { name: 'Filter', superClass: ['Expression'], properties: [child('in'), child('match')] },
  {
    name: 'Iterator',
    isAbstract: true,
    superClass: ['Expression'],
    properties: [child('in', 'TypedChildExpression'), { name: 'iteratorVariable', type: 'String', isAttr: true }],
  },
  { name: 'For', superClass: ['Iterator'], properties: [child('return')] },
  { name: 'Quantified', isAbstract: true, superClass: ['Iterator'], properties: [child('satisfies')] },
  { name: 'Every', superClass: ['Quantified'], properties: [] },
  { name: 'Some', superClass: ['Quantified'], properties: [] },
];

let cached: ModdlePackage | null = null;

export function extendedDmnPackage(): ModdlePackage {
  if (cached) return cached;
  const base = require('dmn-moddle/resources/dmn/json/dmn13.json') as ModdlePackage;
  const types = base.types.map((type) => {
    if (type.name !== 'ItemDefinition') return type;
    return {
      ...type,
      properties: [...type.properties, { name: 'typeConstraint', type: 'UnaryTests', xml: { serialize: 'property' } }],
    };
  });
  cached = { ...base, types: [...types, ...EXTRA_TYPES] };
  return cached;
}
