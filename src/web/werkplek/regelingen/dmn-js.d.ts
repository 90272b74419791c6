// dmn-js (the bpmn.io DMN viewer) ships no types; only what dmn-viewer-setup.ts uses.
declare module 'dmn-js/lib/Viewer' {
  export interface DmnJsView {
    type: 'drd' | 'decisionTable' | 'literalExpression' | 'boxedExpression';
    element: { id: string; name?: string };
  }
  export default class DmnJsViewer {
    constructor(options: { container: HTMLElement });
    importXML(xml: string, options?: { open?: boolean }): Promise<{ warnings: unknown[] }>;
    getViews(): DmnJsView[];
    open(view: DmnJsView): Promise<{ warnings: unknown[] }>;
    destroy(): void;
  }
}
