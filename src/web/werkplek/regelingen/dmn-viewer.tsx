import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../shared/forms/fields';
import { Loading } from '../../shared/components/status';
import type { DmnTableView, DmnViewerHandle } from './dmn-viewer-setup';

type State = { kind: 'loading' } | { kind: 'ready'; views: DmnTableView[] } | { kind: 'failed'; detail: string };
type Shown = State & { xml?: string };

/**
 * One decision of a DMN model at a time, drawn by the bpmn.io viewer (dmn-js, loaded on first use).
 * The viewer's area is a focusable, labelled region so keyboard users can scroll a wide table.
 * The caller shows the model's text beside it: the accessible alternative when the viewer fails.
 */
export function DmnViewer(props: { xml: string; file: string }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<DmnViewerHandle | undefined>(undefined);
  // What the viewer shows, for which text: a new text (an upload) is loading until its viewer is ready.
  const [shown, setShown] = useState<Shown>({ kind: 'loading' });
  const state: State = shown.xml === props.xml ? shown : { kind: 'loading' };
  const [selected, setSelected] = useState('');
  const selectId = useId();

  useEffect(() => {
    let cancelled = false;
    const xml = props.xml;
    void (async () => {
      try {
        const { createDmnViewer } = await import('./dmn-viewer-setup');
        if (cancelled || !container.current) return;
        const viewer = await createDmnViewer(container.current, xml);
        if (cancelled) return viewer.destroy();
        handle.current = viewer;
        const first = viewer.views[0];
        if (first) await viewer.open(first.id);
        setSelected(first?.id ?? '');
        setShown({ kind: 'ready', views: viewer.views, xml });
      } catch (error) {
        if (!cancelled) setShown({ kind: 'failed', detail: error instanceof Error ? error.message : String(error), xml });
      }
    })();
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = undefined;
    };
  }, [props.xml]);

  const choose = (id: string) => {
    setSelected(id);
    void handle.current?.open(id);
  };

  const views = state.kind === 'ready' ? state.views : [];
  const current = views.find((v) => v.id === selected);
  return (
    <div className="eenloket-dmn">
      {state.kind === 'loading' && <Loading label={t('models.viewer.loading')} />}
      {state.kind === 'failed' && <Paragraph className="eenloket-notice">{t('models.viewer.failed', { detail: state.detail })}</Paragraph>}
      {state.kind === 'ready' && views.length === 0 && <Paragraph>{t('models.viewer.empty')}</Paragraph>}
      {views.length > 1 && (
        <SelectField
          id={`${selectId}-beslissing`}
          label={t('models.viewer.choose')}
          description={t('models.viewer.chooseHelp')}
          value={selected}
          onChange={(e) => choose(e.target.value)}
          options={views.map((v) => ({ value: v.id, label: t('models.viewer.option', { name: v.name, kind: t(`models.viewer.kinds.${v.type}`) }) }))}
        />
      )}
      {/* Focusable so a wide table can be scrolled with the keyboard (WCAG 2.1.1). */}
      <div
        ref={container}
        className="eenloket-dmn__canvas"
        hidden={state.kind !== 'ready' || views.length === 0}
        role="region"
        tabIndex={0}
        aria-label={t('models.viewer.region', { name: current?.name ?? props.file })}
      />
    </div>
  );
}
