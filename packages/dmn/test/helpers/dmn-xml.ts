/** Small builders for DMN 1.3 XML in tests, so each test shows only the part it is about. */
const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function definitions(body: string, name = 'test', namespace = 'https://eenloket.nl/dmn/test'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="defs" name="${name}" namespace="${namespace}">
${body}
</definitions>`;
}

export function inputData(name: string, typeRef?: string): string {
  const type = typeRef ? ` typeRef="${typeRef}"` : '';
  return `<inputData id="${idOf(name)}" name="${name}"><variable name="${name}"${type}/></inputData>`;
}

export function idOf(name: string): string {
  return `id_${name.replace(/[^A-Za-z0-9]/g, '_')}`;
}

export interface DecisionOptions {
  typeRef?: string;
  requires?: string[];
  knowledge?: string[];
}

export function decision(name: string, logic: string, options: DecisionOptions = {}): string {
  const type = options.typeRef ? ` typeRef="${options.typeRef}"` : '';
  const info = (options.requires ?? []).map((r) => `<informationRequirement><requiredInput href="#${idOf(r)}"/></informationRequirement>`);
  const knowledge = (options.knowledge ?? []).map((k) => `<knowledgeRequirement><requiredKnowledge href="#${idOf(k)}"/></knowledgeRequirement>`);
  return `<decision id="${idOf(name)}" name="${name}"><variable name="${name}"${type}/>${info.join('')}${knowledge.join('')}${logic}</decision>`;
}

/** A decision that requires other decisions (not input data). */
export function requiresDecision(name: string): string {
  return `<informationRequirement><requiredDecision href="#${idOf(name)}"/></informationRequirement>`;
}

export function literal(text: string, typeRef?: string): string {
  const type = typeRef ? ` typeRef="${typeRef}"` : '';
  return `<literalExpression${type}><text>${esc(text)}</text></literalExpression>`;
}

export interface TableSpec {
  hitPolicy?: string;
  aggregation?: string;
  inputs: { expression: string; typeRef?: string; label?: string; values?: string }[];
  outputs: { name?: string; typeRef?: string; values?: string; default?: string }[];
  annotations?: string[];
  rules: { in: string[]; out: string[]; notes?: string[] }[];
}

export function table(spec: TableSpec): string {
  const hit = spec.hitPolicy ? ` hitPolicy="${spec.hitPolicy}"` : '';
  const agg = spec.aggregation ? ` aggregation="${spec.aggregation}"` : '';
  const inputs = spec.inputs.map((input, i) => {
    const type = input.typeRef ? ` typeRef="${input.typeRef}"` : '';
    const label = input.label ? ` label="${input.label}"` : '';
    const values = input.values ? `<inputValues><text>${esc(input.values)}</text></inputValues>` : '';
    return `<input id="in${i}"${label}><inputExpression${type}><text>${esc(input.expression)}</text></inputExpression>${values}</input>`;
  });
  const outputs = spec.outputs.map((output, i) => {
    const name = output.name ? ` name="${output.name}"` : '';
    const type = output.typeRef ? ` typeRef="${output.typeRef}"` : '';
    const values = output.values ? `<outputValues><text>${esc(output.values)}</text></outputValues>` : '';
    const fallback = output.default ? `<defaultOutputEntry><text>${esc(output.default)}</text></defaultOutputEntry>` : '';
    return `<output id="out${i}"${name}${type}>${values}${fallback}</output>`;
  });
  const annotations = (spec.annotations ?? []).map((name) => `<annotation name="${name}"/>`);
  const rules = spec.rules.map((rule, r) => {
    const ins = rule.in.map((cell) => `<inputEntry><text>${esc(cell)}</text></inputEntry>`).join('');
    const outs = rule.out.map((cell) => `<outputEntry><text>${esc(cell)}</text></outputEntry>`).join('');
    const notes = (rule.notes ?? []).map((note) => `<annotationEntry><text>${esc(note)}</text></annotationEntry>`).join('');
    return `<rule id="rule${r + 1}">${ins}${outs}${notes}</rule>`;
  });
  return `<decisionTable id="table"${hit}${agg}>${inputs.join('')}${outputs.join('')}${annotations.join('')}${rules.join('')}</decisionTable>`;
}
