import { StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pick } from '../../shared/api/problem';
import type { RegelingAdmin } from '../../shared/api/types';
import { formatParameterValue, formatValidity } from './parameter-format';

/** Badge for a figure nobody has verified yet; it stays until an administrator confirms it. */
export function UnconfirmedBadge() {
  const { t } = useTranslation();
  return <StatusBadge status="warning">{t('regelingen.parameters.unconfirmed')}</StatusBadge>;
}

/** Each parameter with the value that applies today. */
export function ParametersTable(props: { regeling: RegelingAdmin }) {
  const { t, i18n } = useTranslation();
  const { regeling } = props;
  return (
    <div className="eenloket-table-wrapper">
      <Table>
        <TableCaption className="eenloket-visually-hidden">{t('regelingen.parameters.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('regelingen.parameters.label')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('regelingen.parameters.unit')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('regelingen.parameters.today')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('regelingen.parameters.validity')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('regelingen.parameters.source')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {regeling.parameters.map((p) => (
            <TableRow key={p.key}>
              <TableHeaderCell scope="row">
                <Link to={`/regelingen/${encodeURIComponent(regeling.id)}/parameters/${encodeURIComponent(p.key)}`} className="utrecht-link utrecht-link--html-a">
                  {pick(p.label, i18n.language)}
                </Link>
              </TableHeaderCell>
              <TableCell>{t(`regelingen.units.${p.unit}`, { defaultValue: p.unit })}</TableCell>
              <TableCell>
                {p.current ? (
                  <>
                    {formatParameterValue(p.current.value, p.unit, t)} {!p.current.confirmed && <UnconfirmedBadge />}
                  </>
                ) : (
                  t('regelingen.parameters.noValueToday')
                )}
              </TableCell>
              <TableCell>{p.current ? formatValidity(p.current, t) : ''}</TableCell>
              <TableCell>{p.current?.source ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
