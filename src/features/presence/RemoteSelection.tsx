import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplayName } from './names';
import { inkOf } from './state';
import { useRemoteSelection } from './store';
import './presence.css';

/**
 * The outline of a card others have selected, in the colour of the first of them with their name
 * on it. Mounted in every card, it only subscribes to its own card's entry and draws nothing
 * (and asks for no translation) until someone selects it.
 */
export const RemoteSelection = memo(function RemoteSelection({ id }: { id: string }) {
  const who = useRemoteSelection(id);
  return who.length ? <Outline who={who} /> : null;
});

function Outline({ who }: { who: readonly { name: string; color: string }[] }) {
  const { t } = useTranslation();
  const name = useDisplayName();
  const names = who.map((w) => name(w.name)).join(', ');
  const first = who[0]!;
  return (
    <span className="remote-selection" style={{ '--person': first.color, '--person-ink': inkOf(first.color) } as CSSProperties} data-remote-selected={names}>
      <span className="remote-selection__name" aria-hidden="true">
        {name(first.name)}
        {who.length > 1 ? ` +${who.length - 1}` : ''}
      </span>
      <span className="visually-hidden">{t('presence.selectedBy', { names })}</span>
    </span>
  );
}
