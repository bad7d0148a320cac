import { useTranslation } from 'react-i18next';
import { CARD_COLORS, LANES, METRIC_TYPES, type MetricType } from '../../domain/lanes';
import { findCard, findLane, findStep } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';
import * as actions from '../../store/actions';
import { select } from '../../store/uiStore';
import { CheckboxField, NumberField, Section, SelectField, TextField } from '../../ui/fields';
import { focusCell } from '../board/boardApi';
import { CARD_FILL, DEFAULT_CARD_FILL } from '../../domain/lanes';
import { ChannelField, RecoveryField, StaffFields } from './CardPractice';
import { ConnectPicker } from './ConnectPicker';
import { useNumberMessages } from './useNumberMessages';

export function cardName(doc: JourneyMap, cardId: string): string {
  const card = findCard(doc, cardId);
  if (!card) return '';
  const lane = findLane(doc, card.laneId)?.title ?? '';
  const step = findStep(doc, card.stepId)?.step.title ?? '';
  const text = card.text.length > 40 ? `${card.text.slice(0, 40)}…` : card.text;
  return `${text} (${lane} / ${step})`;
}

export function CardInspector({ doc, id }: { doc: JourneyMap; id: string }) {
  const { t } = useTranslation();
  const messages = useNumberMessages();
  const card = findCard(doc, id);
  const lane = card && findLane(doc, card.laneId);
  if (!card || !lane) return null;
  const fields = LANES[lane.type].fields;
  const connections = doc.connections.filter((k) => k.from === id || k.to === id);

  return (
    <>
      <Section title={t('inspector.card')}>
        <TextField label={t('inspector.text')} value={card.text} multiline onCommit={(text) => actions.updateCard(id, { text })} />
        <fieldset className="swatches">
          <legend>{t('inspector.color')}</legend>
          {[null, ...CARD_COLORS].map((c) => (
            <label key={c ?? 'none'} className="swatch" style={{ background: c ? CARD_FILL[c] : DEFAULT_CARD_FILL }} title={t(`colors.${c ?? 'none'}`)}>
              <input
                type="radio"
                name={`color-${id}`}
                checked={card.color === c}
                aria-label={t(`colors.${c ?? 'none'}`)}
                onChange={() => actions.updateCard(id, { color: c })}
              />
            </label>
          ))}
        </fieldset>
        {fields.includes('failPoint') && (
          <CheckboxField label={t('inspector.failPoint')} checked={card.failPoint} onChange={(failPoint) => actions.updateCard(id, { failPoint })} />
        )}
        {fields.includes('wait') && (
          <NumberField label={t('inspector.wait')} value={card.waitMin} min={0} max={1_000_000} messages={messages} onCommit={(waitMin) => actions.updateCard(id, { waitMin })} />
        )}
        {fields.includes('failPoint') && card.failPoint && <RecoveryField doc={doc} card={card} />}
        {fields.includes('channel') && <ChannelField doc={doc} card={card} />}
        {fields.includes('staffPain') && <StaffFields card={card} />}
        {fields.includes('rootCause') && (
          <TextField label={t('inspector.rootCause')} value={card.rootCause} multiline onCommit={(rootCause) => actions.updateCard(id, { rootCause })} />
        )}
        {fields.includes('owner') && (
          <TextField label={t('inspector.owner')} value={card.owner} onCommit={(owner) => actions.updateCard(id, { owner: owner.trim() })} />
        )}
        {fields.includes('metric') && (
          <>
            <SelectField<MetricType>
              label={t('inspector.metricType')}
              value={card.metricType}
              none={t('inspector.noMetric')}
              options={METRIC_TYPES.map((m) => ({ value: m, label: t(`metrics.${m}`) }))}
              onChange={(metricType) => actions.updateCard(id, { metricType })}
            />
            <NumberField label={t('inspector.metricValue')} value={card.metricValue} step={0.1} messages={messages} onCommit={(metricValue) => actions.updateCard(id, { metricValue })} />
            <NumberField label={t('inspector.sampleSize')} value={card.sampleSize} min={0} max={1e9} messages={messages} onCommit={(sampleSize) => actions.updateCard(id, { sampleSize })} />
          </>
        )}
        <div className="button-row">
          <button type="button" onClick={() => actions.reorderCard(id, -1)}>
            {t('inspector.moveUp')}
          </button>
          <button type="button" onClick={() => actions.reorderCard(id, 1)}>
            {t('inspector.moveDown')}
          </button>
          <button type="button" onClick={() => actions.duplicateCard(id)}>
            {t('inspector.duplicateCard')}
          </button>
          <button type="button" onClick={() => actions.addBacklogFromCard(id)}>
            {t('insight.toBacklog')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              actions.deleteCard(id);
              focusCell(card.laneId, card.stepId);
            }}
          >
            {t('inspector.deleteCard')}
          </button>
        </div>
      </Section>
      <Section title={t('inspector.connections')}>
        {connections.length === 0 && <p className="muted">{t('inspector.noConnections')}</p>}
        <ul className="connection-list">
          {connections.map((k) => {
            const other = k.from === id ? k.to : k.from;
            const arrow = k.twoWay ? '↔' : k.from === id ? '→' : '←';
            const name = `${arrow} ${cardName(doc, other)}`;
            return (
              <li key={k.id}>
                <button type="button" className="link" aria-label={t('inspector.selectConnection', { name })} onClick={() => select({ kind: 'connection', id: k.id })}>
                  {name}
                  {k.label ? ` “${k.label}”` : ''}
                </button>
              </li>
            );
          })}
        </ul>
        <ConnectPicker doc={doc} cardId={id} />
      </Section>
    </>
  );
}
