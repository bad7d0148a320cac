import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { METRIC_TYPES, METRICS, type CardField, type MetricType } from '../../domain/lanes';
import type { Card, JourneyMap } from '../../domain/types';
import * as actions from '../../store/actions';
import { CheckboxField, NumberField, SelectField, TextField } from '../../ui/fields';
import { ChannelField, RecoveryField } from './CardPractice';
import { useNumberMessages } from './useNumberMessages';
import { ImageField } from '../images/ImageField';

/**
 * The inspector control of each card field, in the order of the lane registry's `fields`. A new
 * card field is one entry in `lanes.ts` (CARD_FIELDS and the lanes that have it), one entry here
 * and its translations; the inspector itself lists no fields.
 */
type Props = { doc: JourneyMap; card: Card };

export const FIELD_CONTROLS: Readonly<Record<CardField, (p: Props) => ReactNode>> = {
  failPoint: FailPoint,
  wait: Wait,
  channel: ({ doc, card }) => <ChannelField doc={doc} card={card} />,
  rootCause: RootCause,
  owner: Owner,
  metric: Metric,
  staffPain: StaffPain,
  staffEmotion: StaffEmotion,
  image: ({ card }) => <ImageField card={card} />,
};

function FailPoint({ doc, card }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxField label={t('inspector.failPoint')} checked={card.failPoint} onChange={(failPoint) => actions.updateCard(card.id, { failPoint })} />
      {card.failPoint && <RecoveryField doc={doc} card={card} />}
    </>
  );
}

function Wait({ card }: Props) {
  const { t } = useTranslation();
  const messages = useNumberMessages();
  return <NumberField label={t('inspector.wait')} value={card.waitMin} min={0} max={1_000_000} messages={messages} onCommit={(waitMin) => actions.updateCard(card.id, { waitMin })} />;
}

function RootCause({ card }: Props) {
  const { t } = useTranslation();
  return <TextField label={t('inspector.rootCause')} value={card.rootCause} multiline onCommit={(rootCause) => actions.updateCard(card.id, { rootCause })} />;
}

function Owner({ card }: Props) {
  const { t } = useTranslation();
  return <TextField label={t('inspector.owner')} value={card.owner} onCommit={(owner) => actions.updateCard(card.id, { owner: owner.trim() })} />;
}

function Metric({ card }: Props) {
  const { t } = useTranslation();
  const messages = useNumberMessages();
  const spec = card.metricType ? METRICS[card.metricType] : null;
  return (
    <>
      <SelectField<MetricType>
        label={t('inspector.metricType')}
        value={card.metricType}
        none={t('inspector.noMetric')}
        options={METRIC_TYPES.map((m) => ({ value: m, label: t(`metrics.${m}`) }))}
        onChange={(metricType) => actions.updateCard(card.id, { metricType })}
      />
      <NumberField
        label={t('inspector.metricValue')}
        value={card.metricValue}
        step={0.1}
        min={spec?.min}
        max={spec?.max}
        messages={messages}
        onCommit={(metricValue) => actions.updateCard(card.id, { metricValue })}
      />
      <NumberField label={t('inspector.sampleSize')} value={card.sampleSize} min={0} max={1e9} messages={messages} onCommit={(sampleSize) => actions.updateCard(card.id, { sampleSize })} />
    </>
  );
}

function StaffPain({ card }: Props) {
  const { t } = useTranslation();
  return <TextField label={t('insight.staffPain')} value={card.staffPain ?? ''} multiline onCommit={(staffPain) => actions.updateCard(card.id, { staffPain })} />;
}

function StaffEmotion({ card }: Props) {
  const { t } = useTranslation();
  const messages = useNumberMessages();
  return (
    <NumberField label={t('insight.staffEmotion')} value={card.staffEmotion ?? null} min={-3} max={3} messages={messages} onCommit={(staffEmotion) => actions.updateCard(card.id, { staffEmotion })} />
  );
}
