import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

// The DMN engine's trace (packages/dmn/src/trace/trace-types.ts), read defensively: it is stored
// JSON, and the web app does not import the engine's types.

interface RuleMatch {
  rule: number;
  annotations?: Record<string, string>;
}

interface DecisionTrace {
  decision: string;
  result: unknown;
  tables?: { matched: RuleMatch[]; defaulted?: boolean }[];
}

function decisionsOf(trace: unknown): DecisionTrace[] {
  const list = (trace as { decisions?: unknown } | null)?.decisions;
  return Array.isArray(list) ? list.filter((d): d is DecisionTrace => typeof (d as DecisionTrace | null)?.decision === 'string' && d.decision !== '(inputs)') : [];
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Collapsed by default: the decisions in evaluation order with their result and the rules that
 * matched (number and annotations), and the full JSON for whoever needs to reproduce it.
 */
export function AssessmentTrace(props: { trace: unknown }) {
  const { t } = useTranslation();
  const decisions = decisionsOf(props.trace);
  if (!props.trace) return null;
  return (
    <details className="eenloket-details">
      <summary>{t('assessment.traceShow')}</summary>
      {decisions.length > 0 && (
        <div className="eenloket-table-wrapper">
          <Table>
            <TableCaption>{t('assessment.traceCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('assessment.traceDecision')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('assessment.traceResult')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('assessment.traceRules')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {decisions.map((d, i) => {
                const matches = (d.tables ?? []).flatMap((table) => table.matched ?? []);
                const defaulted = (d.tables ?? []).some((table) => table.defaulted);
                return (
                  <TableRow key={`${d.decision}-${i}`}>
                    <TableHeaderCell scope="row">{d.decision}</TableHeaderCell>
                    <TableCell>
                      <code>{show(d.result)}</code>
                    </TableCell>
                    <TableCell>
                      {matches.length > 0 ? (
                        <UnorderedList>
                          {matches.map((m, j) => (
                            <UnorderedListItem key={j}>
                              {t('assessment.traceRule', { rule: m.rule })}
                              {m.annotations && Object.keys(m.annotations).length > 0 ? `: ${Object.values(m.annotations).join(' / ')}` : ''}
                            </UnorderedListItem>
                          ))}
                        </UnorderedList>
                      ) : defaulted ? (
                        t('assessment.traceNoRule')
                      ) : (
                        ''
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      <details className="eenloket-details">
        <summary>{t('assessment.traceJson')}</summary>
        {/* Focusable, so a keyboard user can scroll the long JSON (WCAG 2.1.1). */}
        <pre className="eenloket-code-block" tabIndex={0}>
          {JSON.stringify(props.trace, null, 2)}
        </pre>
      </details>
    </details>
  );
}
