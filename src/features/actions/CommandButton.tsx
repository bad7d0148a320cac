import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanEdit } from '../../store/roomState';
import { ariaKeys, formatBinding, isMac } from './keys';
import type { Command } from './registry';

const noStatus = () => ({}) as { disabled?: boolean; pressed?: boolean };
const noBadge = () => 0;

/** A toolbar button drawn from a registered command: icon, accessible name, tooltip with its keys. */
function CommandButtonComponent({ command }: { command: Command }) {
  const { t } = useTranslation();
  const useStatus = command.useStatus ?? noStatus;
  const status = useStatus();
  const useBadge = command.useBadge ?? noBadge;
  const badge = useBadge();
  const canEdit = useCanEdit();
  const Icon = command.icon;
  const name = t(command.label);
  const keys = command.keys.map((b) => formatBinding(b, isMac())).join(' / ');
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={name}
      data-tip={keys ? `${name} · ${keys}` : name}
      data-command={command.id}
      aria-keyshortcuts={ariaKeys(command.keys)}
      aria-pressed={status.pressed}
      aria-haspopup={command.dialog ? 'dialog' : undefined}
      disabled={status.disabled || (command.edits && !canEdit)}
      onClick={command.perform}
    >
      <Icon size={18} strokeWidth={2} aria-hidden="true" />
      {badge > 0 && <span className="icon-button__badge">{badge}</span>}
    </button>
  );
}

export const CommandButton = memo(CommandButtonComponent);
