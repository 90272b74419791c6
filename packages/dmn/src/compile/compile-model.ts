import { makeMessage, type DmnMessage } from '../errors.js';
import type { StaticScope } from '../feel/compiled-feel.js';
import type { DefinitionsNode } from '../load/dmn-elements.js';
import type { TypeDesc } from '../types/type-desc.js';
import { TypeRegistry } from '../types/type-registry.js';
import { compileFunctionDefinitionBody } from './compile-bkm.js';
import { compileBoxed } from './compile-expression.js';
import { DrgIndex } from './drg-items.js';
import type { CompileContext, DrgItem, Requirement } from './model-types.js';

export interface CompiledModels {
  index: DrgIndex;
  name: string;
  namespace: string;
  diagnostics: DmnMessage[];
}

/** Parser hint for a value of this type: nested names of contexts, so `Applicant.Monthly Income` parses. */
function shapeOf(type: TypeDesc, depth = 0): unknown {
  if (depth > 5) return {};
  if (type.kind === 'constrained') return shapeOf(type.base, depth);
  if (type.kind === 'list') return shapeOf(type.element, depth);
  if (type.kind === 'context' && type.entries) {
    return Object.fromEntries(type.entries.map((entry) => [entry.name, shapeOf(entry.type, depth + 1)]));
  }
  return {};
}

export function requirementScope(requires: Requirement[], typeNames?: Record<string, unknown>): StaticScope {
  const shape: Record<string, unknown> = {};
  for (const { target, prefix } of requires) {
    if (prefix === null) {
      shape[target.name] = shapeOf(target.type);
    } else {
      const nested = (shape[prefix] ?? {}) as Record<string, unknown>;
      nested[target.name] = shapeOf(target.type);
      shape[prefix] = nested;
    }
  }
  return typeNames ? { shape, complete: true, typeNames } : { shape, complete: true };
}

function checkCycles(items: Iterable<DrgItem>, diagnostics: DmnMessage[]): void {
  const state = new Map<DrgItem, 'visiting' | 'done'>();
  const visit = (item: DrgItem, path: string[]): void => {
    if (item.kind !== 'decision' && item.kind !== 'bkm') return;
    const seen = state.get(item);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      diagnostics.push(makeMessage('DEPENDENCY_CYCLE', 'error', `requirement cycle: ${[...path, item.name].join(' → ')}`, { element: item.name }));
      return;
    }
    state.set(item, 'visiting');
    for (const requirement of item.requires) visit(requirement.target, [...path, item.name]);
    state.set(item, 'done');
  };
  for (const item of items) visit(item, []);
}

/** Compiles every decision, BKM and decision service of the loaded models. Never throws on model content. */
export function compileModels(models: DefinitionsNode[], diagnostics: DmnMessage[]): CompiledModels {
  const main = models[0] as DefinitionsNode;
  const typeModels = models.map((model) => {
    const imports = new Map<string, string>();
    for (const imported of model.import ?? []) imports.set(imported.name ?? '', imported.namespace);
    return { namespace: model.namespace, name: model.name, itemDefinitions: model.itemDefinition ?? [], imports };
  });
  const types = new TypeRegistry(typeModels, diagnostics);
  const index = new DrgIndex(models, types, diagnostics);
  index.link();
  checkCycles(index.items.values(), diagnostics);
  for (const [item, node] of index.nodes) {
    const cc: CompileContext = { element: item.name, namespace: item.namespace, types, diagnostics };
    if (item.kind === 'decision') {
      item.logic = node.decisionLogic
        ? compileBoxed(node.decisionLogic, requirementScope(item.requires, types.instanceChecks(item.namespace)), '', cc)
        : null;
      if (!node.decisionLogic) {
        diagnostics.push(makeMessage('EXPRESSION_MISSING', 'warning', 'decision has no decision logic; it evaluates to null', { element: item.name }));
      }
    } else if (item.kind === 'bkm') {
      const compiled = compileFunctionDefinitionBody(node.encapsulatedLogic, requirementScope(item.requires, types.instanceChecks(item.namespace)), cc);
      item.parameters = compiled.parameters;
      item.body = compiled.body;
    }
  }
  index.releaseSources();
  types.releaseSources();
  return { index, name: main.name, namespace: main.namespace, diagnostics };
}
