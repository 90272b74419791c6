import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import { ApiError, pick } from '../../shared/api/problem';
import { ErrorAlert } from '../../shared/components/status';
import type { ExampleCheck, ExampleOutcome } from './model-types';

/**
 * "Voorbeelden testen": runs the version's example cases on the server (the check publishing
 * makes) and shows per case what was expected and what the model gave. Passed or not is written
 * out, not only coloured (WCAG 1.4.1).
 */
export function ExampleCheckSection(props: { regelingId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const [result, setResult] = useState<ExampleCheck | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setResult(await api.post<ExampleCheck>(`/api/werkplek/regelingen/${encodeURIComponent(props.regelingId)}/versions/${props.version}/examples/check`));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const failed = result?.cases.filter((c) => !c.passed).length ?? 0;
  return (
    <section className="eenloket-section" aria-labelledby="voorbeelden-testen">
      <Heading2 id="voorbeelden-testen">{t('models.examples.heading')}</Heading2>
      <Paragraph>{t('models.examples.intro')}</Paragraph>
      <Button appearance="secondary-action-button" busy={busy} disabled={busy} onClick={() => void run()}>
        {t('models.examples.run')}
      </Button>
      {error && <ErrorAlert error={error} />}
      <div role="status">
        {busy && <Paragraph>{t('models.examples.running')}</Paragraph>}
        {result && !busy && result.problems.length > 0 && (
          <Alert type="error">
            <Paragraph>{t('models.examples.notRun')}</Paragraph>
            <UnorderedList>
              {result.problems.map((p, i) => (
                <UnorderedListItem key={i}>{pick(p, i18n.language)}</UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        )}
        {result && !busy && result.problems.length === 0 && (
          <Alert type={result.cases.length === 0 ? 'info' : failed ? 'error' : 'ok'}>
            <Paragraph>
              {result.cases.length === 0
                ? t('models.examples.none')
                : failed
                  ? t('models.examples.someFailed', { failed, count: result.cases.length })
                  : t('models.examples.allPassed', { count: result.cases.length })}
            </Paragraph>
          </Alert>
        )}
      </div>
      {result && result.cases.length > 0 && (
        <div className="eenloket-table-wrapper">
          <Table>
            <TableCaption>{t('models.examples.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('models.examples.columns.case')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('models.examples.columns.expected')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('models.examples.columns.actual')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('models.examples.columns.result')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('models.examples.columns.problems')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.cases.map((c) => (
                <TableRow key={c.id}>
                  <TableHeaderCell scope="row">
                    {pick(c.description, i18n.language)} <span className="eenloket-dmn__case-id">({c.id})</span>
                  </TableHeaderCell>
                  <TableCell>
                    <OutcomeList outcome={c.expected} t={t} />
                  </TableCell>
                  <TableCell>
                    <OutcomeList outcome={c.actual} t={t} />
                  </TableCell>
                  <TableCell>
                    <StatusBadge status={c.passed ? 'safe' : 'error'}>{c.passed ? t('models.examples.passed') : t('models.examples.failed')}</StatusBadge>
                  </TableCell>
                  <TableCell>
                    {c.problems.length > 0 && (
                      <UnorderedList>
                        {c.problems.map((p, i) => (
                          <UnorderedListItem key={i}>{pick(p, i18n.language)}</UnorderedListItem>
                        ))}
                      </UnorderedList>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

function OutcomeList(props: { outcome: ExampleOutcome; t: TFunction }) {
  const { outcome, t } = props;
  const yesNo = (value: boolean | null) => (value === null ? t('models.examples.unknown') : value ? t('models.examples.yes') : t('models.examples.no'));
  const amount = outcome.amount === null ? null : `€ ${outcome.amount.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  return (
    <UnorderedList className="eenloket-dmn__outcome">
      <UnorderedListItem>{t('models.examples.eligible', { value: yesNo(outcome.eligible) })}</UnorderedListItem>
      <UnorderedListItem>{t('models.examples.route', { value: outcome.route ?? t('models.examples.unknown') })}</UnorderedListItem>
      {amount && <UnorderedListItem>{t('models.examples.amount', { value: amount })}</UnorderedListItem>}
      {outcome.reasons.length > 0 && <UnorderedListItem>{t('models.examples.reasons', { value: outcome.reasons.join(', ') })}</UnorderedListItem>}
    </UnorderedList>
  );
}
