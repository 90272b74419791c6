import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { pick } from '../../shared/api/problem';
import type { ParameterPeriod } from '../../shared/api/types';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { formatDate } from '../../shared/format/format';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import { can } from '../permissions';
import { formatParameterValue, formatValidity } from './parameter-format';
import { UnconfirmedBadge } from './parameters-table';
import { useRegeling } from './use-regeling';
import { WithdrawPeriodForm } from './withdraw-period-form';
import type { Message } from '../../shared/forms/form-errors';
import { Notice, noticeFrom } from '../notice';

/** One parameter: the value today and all its periods; an administrator adds or withdraws periods. */
export function ParameterPage() {
  const { t, i18n } = useTranslation();
  const { id = '', key = '' } = useParams();
  const location = useLocation();
  const { principal } = useSession();
  const manage = can(principal, 'regelingManage');
  const { regeling, loading, error, reload } = useRegeling(id);
  const [withdrawing, setWithdrawing] = useState<ParameterPeriod | undefined>();
  const [notice, setNotice] = useState<Message | undefined>(() => noticeFrom(location.state));
  const parameter = regeling?.parameters.find((p) => p.key === key);
  const title = parameter ? pick(parameter.label, i18n.language) : t('regelingen.parameter.title');
  const base = `/regelingen/${encodeURIComponent(id)}`;

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph>
        <Link to={base} className="utrecht-link utrecht-link--html-a">
          {regeling ? t('regelingen.backTo', { name: pick(regeling.name, i18n.language) }) : t('regelingen.back')}
        </Link>
      </Paragraph>
      <Notice message={notice} />
      {loading && <Loading />}
      {error && <ErrorAlert error={error} />}
      {regeling && !parameter && <Paragraph>{t('regelingen.parameter.notFound')}</Paragraph>}
      {parameter && (
        <>
          <DataList>
            <DataListItem>
              <DataListKey>{t('regelingen.parameter.key')}</DataListKey>
              <DataListValue>
                <code className="utrecht-code">{parameter.key}</code>
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('regelingen.parameters.unit')}</DataListKey>
              <DataListValue>{t(`regelingen.units.${parameter.unit}`, { defaultValue: parameter.unit })}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('regelingen.parameters.today')}</DataListKey>
              <DataListValue>
                {parameter.current ? `${formatParameterValue(parameter.current.value, parameter.unit, t)} (${formatValidity(parameter.current, t)})` : t('regelingen.parameters.noValueToday')}
              </DataListValue>
            </DataListItem>
          </DataList>
          {manage && (
            <Paragraph>
              <Link to={`${base}/parameters/${encodeURIComponent(parameter.key)}/nieuw`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
                {t('regelingen.period.new')}
              </Link>
            </Paragraph>
          )}

          <section className="eenloket-section" aria-labelledby="parameter-perioden">
            <Heading2 id="parameter-perioden">{t('regelingen.parameter.periods')}</Heading2>
            <div className="eenloket-table-wrapper">
              <Table>
                <TableCaption className="eenloket-visually-hidden">{t('regelingen.parameter.periodsCaption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('regelingen.period.validFrom')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('regelingen.period.validTo')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('regelingen.period.value')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('regelingen.period.source')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('regelingen.period.note')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('regelingen.versions.origin')}</TableHeaderCell>
                    {manage && (
                      <TableHeaderCell scope="col">
                        <span className="eenloket-visually-hidden">{t('regelingen.withdraw.action')}</span>
                      </TableHeaderCell>
                    )}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {parameter.periods.map((period) => (
                    <TableRow key={period.id}>
                      <TableHeaderCell scope="row" className="eenloket-nowrap">
                        {formatDate(period.validFrom)}
                      </TableHeaderCell>
                      <TableCell className="eenloket-nowrap">{period.validTo ? formatDate(period.validTo) : t('regelingen.period.openEnded')}</TableCell>
                      <TableCell>
                        {formatParameterValue(period.value, parameter.unit, t)} {!period.confirmed && <UnconfirmedBadge />}
                      </TableCell>
                      <TableCell>{period.source}</TableCell>
                      <TableCell>{period.note ?? ''}</TableCell>
                      <TableCell>{t(`regelingen.origins.${period.origin}`, { defaultValue: period.origin })}</TableCell>
                      {manage && (
                        <TableCell>
                          <Button
                            appearance="secondary-action-button"
                            aria-label={t('regelingen.withdraw.actionOf', { from: formatDate(period.validFrom) })}
                            onClick={() => {
                              setNotice(undefined);
                              setWithdrawing(period);
                            }}
                          >
                            {t('regelingen.withdraw.action')}
                          </Button>
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>
          {withdrawing && (
            <WithdrawPeriodForm
              key={withdrawing.id}
              regelingId={id}
              parameter={parameter}
              period={withdrawing}
              onCancel={() => setWithdrawing(undefined)}
              onDone={() => {
                setWithdrawing(undefined);
                setNotice({ key: 'regelingen.withdraw.done', values: { from: formatDate(withdrawing.validFrom) } });
                reload();
              }}
            />
          )}
        </>
      )}
    </>
  );
}
