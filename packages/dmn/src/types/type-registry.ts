import { makeMessage, type DmnMessage } from '../errors.js';
import { compileUnaryTests, type Reporter } from '../feel/compiled-feel.js';
import type { ItemDefinitionNode, UnaryTestsNode } from '../load/dmn-elements.js';
import { conforms } from './conformance.js';
import { ANY, builtinType, type TypeDesc } from './type-desc.js';

/** The item definitions of one model plus the import names it can reach other models by. */
export interface TypeScopeModel {
  namespace: string;
  name: string;
  itemDefinitions: ItemDefinitionNode[];
  /** import name → namespace of the imported model */
  imports: Map<string, string>;
}

/**
 * Constraint checks run against a single value; a FEEL warning inside them (say, comparing a string
 * with a number range) means "not allowed", which the caller reports as TYPE_MISMATCH with context.
 */
const IGNORE_CONSTRAINT_WARNINGS: Reporter = { report: () => undefined };

/** Resolves typeRefs (built-in names, item definitions, imported `prefix.tName`) to TypeDesc, lazily and once. */
export class TypeRegistry {
  private readonly models = new Map<string, TypeScopeModel>();
  private readonly resolved = new Map<ItemDefinitionNode, TypeDesc>();
  private readonly resolving = new Set<ItemDefinitionNode>();

  constructor(
    models: TypeScopeModel[],
    private readonly diagnostics: DmnMessage[],
  ) {
    for (const model of models) this.models.set(model.namespace, model);
  }

  private readonly checks = new Map<string, Record<string, unknown>>();

  /**
   * The model's item definitions as values usable on the right of FEEL `instance of` under feelin:
   * feelin resolves an unknown type name from the context and applies `instanceof`, so each name maps
   * to an object whose Symbol.hasInstance does the structural check (allowed values ignored, as FEEL says).
   */
  instanceChecks(namespace: string, depth = 0): Record<string, unknown> {
    const cached = this.checks.get(namespace);
    if (cached) return cached;
    const model = this.models.get(namespace);
    const checks: Record<string, unknown> = {};
    if (!model) return checks;
    this.checks.set(namespace, checks);
    for (const item of model.itemDefinitions) {
      const type = this.fromItemDefinition(item, namespace);
      checks[item.name] = Object.defineProperty(function typeCheck() {}, Symbol.hasInstance, {
        value: (value: unknown) => value !== null && value !== undefined && conforms(value, type, false),
      });
    }
    if (depth < 3) {
      for (const [prefix, imported] of model.imports) {
        if (prefix !== '') checks[prefix] = this.instanceChecks(imported, depth + 1);
      }
    }
    return checks;
  }

  /** Forgets the item definition nodes after compilation (see DrgIndex.releaseSources). */
  releaseSources(): void {
    for (const model of this.models.values()) model.itemDefinitions = [];
    this.resolved.clear();
  }

  resolve(typeRef: string | undefined, namespace: string, where = ''): TypeDesc {
    if (typeRef === undefined || typeRef.trim() === '') return ANY;
    const ref = typeRef.trim();
    const builtin = builtinType(ref, (inner) => this.resolve(inner, namespace, where));
    if (builtin) return builtin;
    const found = this.findItemDefinition(ref, namespace);
    if (found) return this.fromItemDefinition(found.item, found.namespace);
    this.diagnostics.push(
      makeMessage('TYPE_UNKNOWN', 'warning', `unknown type "${ref}"; values are not type-checked`, { element: where }),
    );
    return { kind: 'unknown', label: ref };
  }

  private findItemDefinition(ref: string, namespace: string): { item: ItemDefinitionNode; namespace: string } | null {
    const model = this.models.get(namespace);
    if (!model) return null;
    const local = ref.includes(':') ? ref.slice(ref.lastIndexOf(':') + 1) : ref;
    const own = model.itemDefinitions.find((item) => item.name === ref || item.name === local);
    if (own) return { item: own, namespace };
    const dot = ref.indexOf('.');
    if (dot > 0) {
      const target = model.imports.get(ref.slice(0, dot));
      if (target !== undefined) return this.findItemDefinition(ref.slice(dot + 1), target);
    }
    return null;
  }

  private fromItemDefinition(item: ItemDefinitionNode, namespace: string): TypeDesc {
    const cached = this.resolved.get(item);
    if (cached) return cached;
    // Recursive item definitions (a tree of contexts) are checked one level deep.
    if (this.resolving.has(item)) return ANY;
    this.resolving.add(item);
    const type = this.buildItemDefinition(item, namespace);
    this.resolving.delete(item);
    this.resolved.set(item, type);
    return type;
  }

  private buildItemDefinition(item: ItemDefinitionNode, namespace: string): TypeDesc {
    const label = item.name;
    let base: TypeDesc;
    if (item.itemComponent && item.itemComponent.length > 0) {
      const entries = item.itemComponent.map((component) => ({
        name: component.name,
        type: this.fromItemDefinition(component, namespace),
      }));
      base = { kind: 'context', entries, label };
    } else if (item.functionItem) {
      const output = item.functionItem.outputTypeRef;
      base = output ? { kind: 'function', label, result: this.resolve(output, namespace, label) } : { kind: 'function', label };
    } else {
      base = this.resolve(item.typeRef, namespace, label);
    }
    base = this.constrain(base, item.allowedValues, label);
    if (item.isCollection) base = { kind: 'list', element: base, label };
    return this.constrain(base, item.typeConstraint, label);
  }

  private constrain(base: TypeDesc, tests: UnaryTestsNode | undefined, label: string): TypeDesc {
    const text = tests?.text?.trim();
    if (!text) return base;
    const compiled = compileUnaryTests(text, { shape: {}, complete: true }, { element: label, path: 'allowed values' }, this.diagnostics);
    const allows = (value: unknown): boolean => compiled.test(value, {}, IGNORE_CONSTRAINT_WARNINGS);
    return { kind: 'constrained', base, allows, label };
  }
}
