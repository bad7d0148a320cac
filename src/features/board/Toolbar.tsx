import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { CommandButton } from '../actions/CommandButton';
import { COMMANDS, type I18nKey, type ToolbarGroup } from '../actions/registry';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { ConnectionIndicator } from '../share/ConnectionIndicator';
import { PresenceBar } from '../presence/PresenceBar';
import { AddLaneMenu } from './AddLaneMenu';
import { PersonaChip } from './PersonaChip';
import { SaveState } from './SaveBanner';
import { TitleInput } from './TitleInput';

/** Groups in reading order, each with its accessible name. */
const GROUPS: readonly { id: ToolbarGroup; label: I18nKey }[] = [
  { id: 'history', label: 'toolbar.history' },
  { id: 'structure', label: 'toolbar.structure' },
  { id: 'view', label: 'toolbar.view' },
  { id: 'share', label: 'toolbar.share' },
  { id: 'help', label: 'toolbar.help' },
];

/**
 * One row of icon buttons drawn from the command registry, grouped; the title takes the room
 * that is left, and the groups never wrap (styles.css keeps the row on one line).
 */
export function Toolbar({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <header className="toolbar">
      <button type="button" className="icon-button toolbar__back" aria-label={t('toolbar.backToLibrary')} data-tip={t('toolbar.backToLibrary')} onClick={onBack}>
        <ArrowLeft size={18} aria-hidden="true" />
      </button>
      <TitleInput />
      <PersonaChip />
      <span className="toolbar__spacer" />
      <PresenceBar />
      {GROUPS.map((g) => (
        <div key={g.id} className="toolbar__group" role="group" aria-label={t(g.label)}>
          {COMMANDS.filter((c) => c.group === g.id).map((c) => (
            <CommandButton key={c.id} command={c} />
          ))}
          {g.id === 'structure' && <AddLaneMenu />}
        </div>
      ))}
      <ConnectionIndicator />
      <SaveState />
      <LanguageSelect />
    </header>
  );
}
