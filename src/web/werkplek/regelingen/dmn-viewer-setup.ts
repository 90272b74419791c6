import DmnJsViewer, { type DmnJsView } from 'dmn-js/lib/Viewer';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import './dmn-viewer.css';

// Loaded with import() from dmn-viewer.tsx only, so dmn-js (and its CSS) is a chunk of its own that
// only the version page of a functional administrator fetches, not part of the main bundle.

export interface DmnTableView {
  id: string;
  name: string;
  type: DmnJsView['type'];
}

export interface DmnViewerHandle {
  views: DmnTableView[];
  open(id: string): Promise<void>;
  destroy(): void;
}

/**
 * Reads the model and offers its decisions one at a time (decision tables, literal expressions,
 * business knowledge models). The diagram (DRD) is left out: it is a drawing that only a mouse can
 * explore, while a decision table is a real HTML table a screen reader can read.
 */
export async function createDmnViewer(container: HTMLElement, xml: string): Promise<DmnViewerHandle> {
  const viewer = new DmnJsViewer({ container });
  try {
    await viewer.importXML(xml, { open: false });
  } catch (error) {
    viewer.destroy();
    throw error;
  }
  const views = viewer.getViews().filter((view) => view.type !== 'drd');
  return {
    views: views.map((view) => ({ id: view.element.id, name: view.element.name ?? view.element.id, type: view.type })),
    open: async (id) => {
      const view = views.find((v) => v.element.id === id);
      if (view) await viewer.open(view);
    },
    destroy: () => viewer.destroy(),
  };
}
