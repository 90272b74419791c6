import { makeMessage, type DmnMessage } from '../errors.js';
import type { DefinitionsNode, DrgElementNode, ElementRef } from '../load/dmn-elements.js';
import { isDmnModelNamespace } from '../load/namespaces.js';
import type { TypeRegistry } from '../types/type-registry.js';
import { ANY } from '../types/type-desc.js';
import type { BkmItem, DecisionItem, DrgItem, InputDataItem, Requirement, ServiceItem } from './model-types.js';

/** All DRG elements of all loaded models, keyed by namespace + id (ids are only unique per model). */
export class DrgIndex {
  readonly items = new Map<string, DrgItem>();
  readonly nodes = new Map<DrgItem, DrgElementNode>();
  /** model namespace → (import name → imported namespace) */
  readonly imports = new Map<string, Map<string, string>>();

  constructor(
    private readonly models: DefinitionsNode[],
    private readonly types: TypeRegistry,
    private readonly diagnostics: DmnMessage[],
  ) {
    for (const model of models) this.indexModel(model);
  }

  private indexModel(model: DefinitionsNode): void {
    const imports = new Map<string, string>();
    for (const imported of model.import ?? []) {
      const isDmn = !imported.importType || isDmnModelNamespace(imported.importType) || /DMN/i.test(imported.importType);
      if (!isDmn) continue;
      if (!this.models.some((m) => m.namespace === imported.namespace)) {
        this.diagnostics.push(
          makeMessage('IMPORT_UNRESOLVED', 'error', `import "${imported.name}" (${imported.namespace}) was not supplied`, { element: model.name }),
        );
      }
      imports.set(imported.name ?? '', imported.namespace);
    }
    this.imports.set(model.namespace, imports);
    for (const node of model.drgElement ?? []) {
      const item = this.createItem(node, model.namespace);
      if (!item) continue;
      this.items.set(`${model.namespace}#${node.id ?? node.name}`, item);
      this.nodes.set(item, node);
    }
  }

  private createItem(node: DrgElementNode, namespace: string): DrgItem | null {
    const base = {
      id: node.id ?? node.name,
      name: node.name,
      namespace,
      type: node.variable?.typeRef ? this.types.resolve(node.variable.typeRef, namespace, node.name) : ANY,
    };
    switch (node.$type) {
      case 'dmn:InputData':
        return { ...base, kind: 'inputData' } satisfies InputDataItem;
      case 'dmn:Decision':
        return { ...base, kind: 'decision', requires: [], logic: null } satisfies DecisionItem;
      case 'dmn:BusinessKnowledgeModel':
        return { ...base, kind: 'bkm', requires: [], parameters: [], body: null } satisfies BkmItem;
      case 'dmn:DecisionService':
        return { ...base, kind: 'decisionService', outputs: [], inputDecisions: [], inputData: [], parameters: [] } satisfies ServiceItem;
      default:
        return null; // knowledge sources and artifacts do not take part in evaluation
    }
  }

  /** Resolves an href ("#id" or "namespace#id") seen from a model. */
  resolve(ref: ElementRef | undefined, fromNamespace: string): DrgItem | null {
    if (!ref?.href) return null;
    const hash = ref.href.lastIndexOf('#');
    const namespace = hash > 0 ? ref.href.slice(0, hash) : fromNamespace;
    return this.items.get(`${namespace}#${ref.href.slice(hash + 1)}`) ?? null;
  }

  /** The import name under which `target` is visible from `fromNamespace`; null when it is in the same model. */
  prefixFor(target: DrgItem, fromNamespace: string): string | null {
    if (target.namespace === fromNamespace) return null;
    for (const [name, namespace] of this.imports.get(fromNamespace) ?? []) {
      if (namespace === target.namespace) return name === '' ? null : name;
    }
    return null;
  }

  requirement(ref: ElementRef | undefined, owner: DrgItem): Requirement | null {
    const target = this.resolve(ref, owner.namespace);
    if (!target) {
      this.diagnostics.push(
        makeMessage('MODEL_INVALID', 'error', `requirement ${ref?.href ?? '(empty)'} points to no known element`, { element: owner.name }),
      );
      return null;
    }
    return { target, prefix: this.prefixFor(target, owner.namespace) };
  }

  /** Fills in requirements, service inputs/outputs. Called once all items exist. */
  link(): void {
    for (const [item, node] of this.nodes) {
      if (item.kind === 'decision' || item.kind === 'bkm') {
        const refs: (ElementRef | undefined)[] = [
          ...(node.informationRequirement ?? []).map((r) => r.requiredDecision ?? r.requiredInput),
          ...(node.knowledgeRequirement ?? []).map((r) => r.requiredKnowledge),
        ];
        for (const ref of refs) {
          const requirement = this.requirement(ref, item);
          if (requirement) item.requires.push(requirement);
        }
      }
      if (item.kind === 'decisionService') {
        const decisions = (refs: ElementRef[] | undefined): DecisionItem[] =>
          (refs ?? []).map((ref) => this.resolve(ref, item.namespace)).filter((d): d is DecisionItem => d?.kind === 'decision');
        item.outputs.push(...decisions(node.outputDecision));
        item.inputDecisions.push(...decisions(node.inputDecision));
        item.inputData.push(
          ...(node.inputData ?? []).map((ref) => this.resolve(ref, item.namespace)).filter((d): d is InputDataItem => d?.kind === 'inputData'),
        );
        // DMN 1.3 §10.4: parameters are the input data followed by the input decisions.
        item.parameters.push(...[...item.inputData, ...item.inputDecisions].map((p) => ({ name: p.name, type: p.type })));
      }
    }
  }

  /**
   * Drops the dmn-moddle object graph once everything is compiled: compiled closures never read it,
   * and it is most of a model's memory.
   */
  releaseSources(): void {
    this.nodes.clear();
    this.models.length = 0;
  }

  find(name: string, namespace: string, kinds: DrgItem['kind'][]): DrgItem | null {
    for (const item of this.items.values()) {
      if (item.name === name && item.namespace === namespace && kinds.includes(item.kind)) return item;
    }
    return null;
  }
}
