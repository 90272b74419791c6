import { DmnModdle, type ModdleWarning } from 'dmn-moddle';
import { DmnError, makeMessage, type DmnMessage } from '../errors.js';
import type { DefinitionsNode } from './dmn-elements.js';
import { extendedDmnPackage } from './moddle-schema.js';
import { normaliseNamespaces } from './namespaces.js';

export interface ReadResult {
  definitions: DefinitionsNode;
  /** DMN version declared by the file ("1.1" … "1.5"). */
  version: string;
  warnings: DmnMessage[];
}

let moddle: DmnModdle | null = null;

function getModdle(): DmnModdle {
  moddle ??= new DmnModdle({ dmn: extendedDmnPackage() });
  return moddle;
}

/** Diagram interchange (DMNDI) is irrelevant for evaluation; problems there are not worth a warning. */
function isDiagramWarning(warning: ModdleWarning): boolean {
  return /dmndi|DMNDI|<di:|<dc:/.test(warning.message);
}

/** Parses one DMN XML document. Rejects only with DmnError (XML_INVALID, NAMESPACE_UNSUPPORTED, MODEL_INVALID). */
export async function readDefinitions(xml: string, source = 'model'): Promise<ReadResult> {
  if (typeof xml !== 'string' || xml.trim() === '') {
    throw new DmnError('XML_INVALID', `${source}: empty document`);
  }
  const { xml: normalised, version } = normaliseNamespaces(xml);
  if (version === null) {
    throw new DmnError(
      'NAMESPACE_UNSUPPORTED',
      `${source}: no DMN 1.1–1.5 model namespace found on the root element`,
    );
  }
  let parsed;
  try {
    parsed = await getModdle().fromXML(normalised, 'dmn:Definitions');
  } catch (error) {
    // moddle-xml rejects with the saxen error for malformed XML; keep its message, it has line/column.
    const detail = error instanceof Error ? error.message : String(error);
    throw new DmnError('XML_INVALID', `${source}: ${detail.replace(/\s+/g, ' ')}`, [
      makeMessage('XML_INVALID', 'error', detail.replace(/\s+/g, ' '), { element: source }),
    ]);
  }
  const root = parsed.rootElement as DefinitionsNode | undefined;
  if (!root || root.$type !== 'dmn:Definitions') {
    throw new DmnError('MODEL_INVALID', `${source}: root element is not <definitions>`);
  }
  const warnings = parsed.warnings
    .filter((warning) => !isDiagramWarning(warning))
    .map((warning) =>
      makeMessage('ELEMENT_UNKNOWN', 'warning', warning.message.replace(/\s+/g, ' '), { element: root.name }),
    );
  return { definitions: root, version, warnings };
}
