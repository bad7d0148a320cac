import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../domain/types';
import * as actions from '../../store/actions';
import { Section, TextField } from '../../ui/fields';
import { cardName } from './CardInspector';

export function ConnectionInspector({ doc, id }: { doc: JourneyMap; id: string }) {
  const { t } = useTranslation();
  const k = doc.connections.find((c) => c.id === id);
  if (!k) return null;
  return (
    <Section title={t('inspector.connection')}>
      <p className="connection-ends">
        {cardName(doc, k.from)} {k.twoWay ? '↔' : '→'} {cardName(doc, k.to)}
      </p>
      <fieldset className="radio-group">
        <legend>{t('inspector.direction')}</legend>
        <label>
          <input type="radio" name={`dir-${id}`} checked={!k.twoWay} onChange={() => actions.updateConnection(id, { twoWay: false })} />
          {t('inspector.oneWay')}
        </label>
        <label>
          <input type="radio" name={`dir-${id}`} checked={k.twoWay} onChange={() => actions.updateConnection(id, { twoWay: true })} />
          {t('inspector.twoWay')}
        </label>
      </fieldset>
      <TextField label={t('inspector.label')} value={k.label} onCommit={(label) => actions.updateConnection(id, { label })} />
      <div className="button-row">
        <button type="button" disabled={k.twoWay} onClick={() => actions.reverseConnection(id)}>
          {t('inspector.reverse')}
        </button>
        <button type="button" className="danger" onClick={() => actions.deleteConnection(id)}>
          {t('inspector.deleteConnection')}
        </button>
      </div>
    </Section>
  );
}
