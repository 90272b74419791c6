/**
 * dmn-moddle only knows the DMN 1.3 namespaces. DMN 1.1, 1.2, 1.4 and 1.5 files use the same element
 * names for everything this engine evaluates, so they are read by mapping their namespace URIs onto the
 * DMN 1.3 ones before parsing. Elements that only exist in 1.4/1.5 (boxed conditional, filter, iterators)
 * are added to the schema in moddle-schema.ts.
 */
export const DMN13_MODEL = 'https://www.omg.org/spec/DMN/20191111/MODEL/';
const DMN13_DMNDI = 'https://www.omg.org/spec/DMN/20191111/DMNDI/';

const MODEL_NAMESPACES: Record<string, string> = {
  'http://www.omg.org/spec/DMN/20151101/dmn.xsd': '1.1',
  'http://www.omg.org/spec/DMN/20180521/MODEL/': '1.2',
  'https://www.omg.org/spec/DMN/20191111/MODEL/': '1.3',
  'https://www.omg.org/spec/DMN/20211108/MODEL/': '1.4',
  'https://www.omg.org/spec/DMN/20230324/MODEL/': '1.5',
};

const DMNDI_NAMESPACES = [
  'http://www.omg.org/spec/DMN/20180521/DMNDI/',
  'https://www.omg.org/spec/DMN/20211108/DMNDI/',
  'https://www.omg.org/spec/DMN/20230324/DMNDI/',
];

export function isDmnModelNamespace(uri: string): boolean {
  return uri in MODEL_NAMESPACES;
}

export interface NormalisedXml {
  xml: string;
  /** DMN version the file declared, e.g. "1.5"; null when no DMN namespace was found. */
  version: string | null;
}

const XMLNS_ATTRIBUTE = /xmlns(:[\w.-]+)?\s*=\s*(["'])([^"']*)\2/g;

export function normaliseNamespaces(xml: string): NormalisedXml {
  let version: string | null = null;
  const rewritten = xml.replace(XMLNS_ATTRIBUTE, (whole, prefix: string | undefined, quote: string, uri: string) => {
    const modelVersion = MODEL_NAMESPACES[uri];
    if (modelVersion !== undefined) {
      version ??= modelVersion;
      return `xmlns${prefix ?? ''}=${quote}${DMN13_MODEL}${quote}`;
    }
    if (DMNDI_NAMESPACES.includes(uri)) return `xmlns${prefix ?? ''}=${quote}${DMN13_DMNDI}${quote}`;
    return whole;
  });
  return { xml: rewritten, version };
}
