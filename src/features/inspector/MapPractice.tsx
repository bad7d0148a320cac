import { useTranslation } from 'react-i18next';
import { DEFAULT_LONG_WAIT_MIN, LANES, defaultWaitThreshold } from '../../domain/lanes';
import type { JourneyMap } from '../../domain/types';
import { channelLabel } from '../../i18n/channelLabel';
import * as actions from '../../store/actions';
import { NumberField, Section } from '../../ui/fields';
import { useNumberMessages } from './useNumberMessages';

/** The map's own channels, and when a wait counts as long for each channel the map uses. */
export function MapPractice({ doc }: { doc: JourneyMap }) {
  const { t } = useTranslation();
  const messages = useNumberMessages();
  const touchLanes = new Set(doc.lanes.filter((l) => LANES[l.type].fields.includes('channel')).map((l) => l.id));
  const used = [...new Set(doc.cards.filter((c) => touchLanes.has(c.laneId) && c.channel).map((c) => c.channel!))];
  const own = doc.customChannels ?? [];
  const rows: { key: string; label: string; fallback: number }[] = [
    { key: '*', label: t('insight.waitAny'), fallback: DEFAULT_LONG_WAIT_MIN },
    ...used.map((c) => ({ key: c, label: channelLabel(t, c), fallback: defaultWaitThreshold(c) })),
  ];
  return (
    <>
      <Section title={t('insight.waitThresholds')}>
        {rows.map((r) => (
          <NumberField
            key={r.key}
            label={`${t('insight.waitThresholdFor', { channel: r.label })} · ${t('insight.waitDefault', { min: r.fallback })}`}
            value={doc.waitThresholds?.[r.key] ?? r.fallback}
            min={0}
            max={1_000_000}
            messages={messages}
            onCommit={(v) => actions.setWaitThreshold(r.key, v === null || v === r.fallback ? null : v)}
          />
        ))}
      </Section>
      {own.length > 0 && (
        <Section title={t('insight.customChannels')}>
          <ul className="custom-channels">
            {own.map((c) => (
              <li key={c}>
                {c}{' '}
                <button type="button" className="link" aria-label={t('insight.removeChannel', { name: c })} onClick={() => actions.removeCustomChannel(c)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
