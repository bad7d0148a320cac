import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../domain/lanes';
import type { Card, JourneyMap } from '../../domain/types';

import * as actions from '../../store/actions';
import { TextField } from '../../ui/fields';
import { cardName } from './CardInspector';
import { rememberChannel, rememberedChannels } from './channelMemory';

const ADD = '\u0000add';

/** The touchpoint's channel: built-in ones, this map's own, those used in other maps, or a new one. */
export function ChannelField({ doc, card }: { doc: JourneyMap; card: Card }) {
  const { t } = useTranslation();
  const id = useId();
  const [adding, setAdding] = useState(false);
  const own = doc.customChannels ?? [];
  const elsewhere = rememberedChannels().filter((c) => !own.includes(c));
  const current = card.channel;
  const orphan = current && !(CHANNELS as readonly string[]).includes(current) && !own.includes(current) && !elsewhere.includes(current);
  const choose = (value: string) => {
    if (value === ADD) return setAdding(true);
    if (value && elsewhere.includes(value)) actions.addCustomChannel(value);
    actions.updateCard(card.id, { channel: value || null });
  };
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{t('inspector.channel')}</label>
        <select id={id} value={current ?? ''} onChange={(e) => choose(e.target.value)}>
          <option value="">{t('inspector.noChannel')}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channels.${c}`)}
            </option>
          ))}
          {(own.length > 0 || orphan) && (
            <optgroup label={t('insight.customChannels')}>
              {own.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
              {orphan && <option value={current}>{current}</option>}
            </optgroup>
          )}
          {elsewhere.length > 0 && (
            <optgroup label={t('insight.fromLibrary')}>
              {elsewhere.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </optgroup>
          )}
          <option value={ADD}>{t('insight.addChannel')}…</option>
        </select>
      </div>
      {adding && (
        <TextField
          label={t('insight.newChannel')}
          value=""
          onCommit={(name) => {
            const n = name.trim();
            setAdding(false);
            if (!n) return;
            actions.addCustomChannel(n);
            rememberChannel(n);
            actions.updateCard(card.id, { channel: n });
          }}
        />
      )}
    </>
  );
}

/** On a fail point: which card is the recovery action (服务补救) that handles it. */
export function RecoveryField({ doc, card }: { doc: JourneyMap; card: Card }) {
  const { t } = useTranslation();
  const id = useId();
  const candidates = doc.cards.filter((c) => c.id !== card.id);
  const value = card.recoveryCardId && candidates.some((c) => c.id === card.recoveryCardId) ? card.recoveryCardId : '';
  return (
    <div className="field">
      <label htmlFor={id}>{t('insight.recovery')}</label>
      <select id={id} value={value} onChange={(e) => actions.updateCard(card.id, { recoveryCardId: e.target.value || null })}>
        <option value="">{t('insight.noRecovery')}</option>
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {cardName(doc, c.id)}
          </option>
        ))}
      </select>
    </div>
  );
}
