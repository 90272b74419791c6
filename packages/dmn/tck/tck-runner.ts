import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DmnError, loadDmn, type DmnModel, type EvaluationResult } from '../src/index.js';
import { readTckFile, type TckCase, type TckNode } from './tck-cases.js';
import { compare, toFeel } from './tck-values.js';

/** ../shared/dmn-tck seen from the repository root (two levels above this package); DMN_TCK_DIR overrides. */
export function tckDirectory(): string {
  const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return process.env.DMN_TCK_DIR ?? resolve(packageDir, '..', '..', '..', 'shared', 'dmn-tck');
}

export type TckStatus = 'SUCCESS' | 'ERROR' | 'IGNORED';

export interface TckResult {
  /** e.g. compliance-level-2/0004-simpletable-U */
  path: string;
  /** test file name without .xml */
  testFile: string;
  caseId: string;
  status: TckStatus;
  detail: string;
  /** Passed only when numbers are compared to 15 significant digits. */
  approximate: boolean;
}

export function listTestFolders(level: 2 | 3, root = tckDirectory()): string[] {
  const dir = join(root, 'TestCases', `compliance-level-${level}`);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dir, entry.name))
    .sort();
}

async function loadFolderModel(folder: string, modelName: string): Promise<DmnModel> {
  const files = readdirSync(folder).filter((file) => file.endsWith('.dmn'));
  const main = files.find((file) => file === modelName) ?? files[0];
  if (!main) throw new DmnError('MODEL_INVALID', `no .dmn file in ${folder}`);
  const imports = files.filter((file) => file !== main).map((file) => readFileSync(join(folder, file), 'utf8'));
  return loadDmn(readFileSync(join(folder, main), 'utf8'), { imports });
}

function inputsOf(nodes: TckNode[], model: DmnModel): { inputs: Record<string, unknown>; byNamespace: Record<string, Record<string, unknown>> } {
  const inputs: Record<string, unknown> = {};
  const byNamespace: Record<string, Record<string, unknown>> = {};
  for (const node of nodes) {
    const value = toFeel(node.value);
    if (node.namespace && node.namespace !== model.namespace) (byNamespace[node.namespace] ??= {})[node.name] = value;
    else inputs[node.name] = value;
  }
  return { inputs, byNamespace };
}

function runCase(model: DmnModel, testCase: TckCase): { ok: boolean; approximate: boolean; detail: string } {
  const { inputs, byNamespace } = inputsOf(testCase.inputs, model);
  const options = { inputsByNamespace: byNamespace, trace: false };
  const failures: string[] = [];
  let approximate = false;
  let service: EvaluationResult | null = null;
  if (testCase.type === 'decisionService') {
    service = model.invokeDecisionService(testCase.invocableName ?? '', inputs, options);
  }
  for (const result of testCase.results) {
    let actual: unknown;
    if (service) {
      actual = result.name === testCase.invocableName ? service.value : service.decisions[result.name];
    } else {
      actual = model.evaluate(result.name, inputs, options).value;
    }
    const comparison = compare(actual, result.value);
    if (!comparison.equal) failures.push(`${result.name}: ${comparison.detail}`);
    approximate ||= comparison.approximate;
  }
  return { ok: failures.length === 0, approximate, detail: failures.join('; ') };
}

/** Runs every test file of one TCK folder. Never throws: problems become ERROR rows. */
export async function runFolder(folder: string): Promise<TckResult[]> {
  const path = `${basename(dirname(folder))}/${basename(folder)}`;
  const testFiles = readdirSync(folder).filter((file) => /-test-\d+\.xml$/.test(file)).sort();
  const results: TckResult[] = [];
  for (const file of testFiles) {
    const testFile = file.replace(/\.xml$/, '');
    const tck = readTckFile(join(folder, file));
    let model: DmnModel | null = null;
    let loadError = '';
    try {
      model = await loadFolderModel(folder, tck.modelName ?? '');
    } catch (error) {
      loadError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    for (const testCase of tck.cases) {
      const row = { path, testFile, caseId: testCase.id, approximate: false };
      if (!model) {
        results.push({ ...row, status: 'ERROR', detail: `model did not load: ${loadError}` });
        continue;
      }
      try {
        const outcome = runCase(model, testCase);
        results.push({ ...row, status: outcome.ok ? 'SUCCESS' : 'ERROR', detail: outcome.detail, approximate: outcome.approximate });
      } catch (error) {
        results.push({ ...row, status: 'ERROR', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      }
    }
  }
  return results;
}
