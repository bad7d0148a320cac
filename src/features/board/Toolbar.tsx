import { useTranslation } from 'react-i18next';
import { BacklogToggle } from '../backlog/BacklogToggle';
import * as actions from '../../store/actions';
import { redo, undo, useDocStore } from '../../store/docStore';
import { useUiStore } from '../../store/uiStore';
import { TitleInput } from './TitleInput';
import { PersonaChip } from './PersonaChip';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { AddLaneMenu } from './AddLaneMenu';
import { fitView, focusHeader } from './boardApi';
import { SaveState } from './SaveBanner';
import { restoreFocus } from './useShortcuts';

/** A new stage or step gets focus (and comes into view), so Enter renames it at once. */
function reveal(id: string | null, kind: 'stage' | 'step'): void {
  if (id) focusHeader(`${kind}:${id}`);
}

export function Toolbar({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const canUndo = useDocStore((s) => s.canUndo);
  const canRedo = useDocStore((s) => s.canRedo);
  const inspectorOpen = useUiStore((s) => s.inspectorOpen);
  const analysisOpen = useUiStore((s) => s.analysisOpen);
  return (
    <header className="toolbar">
      <button type="button" onClick={onBack}>
        ← {t('toolbar.backToLibrary')}
      </button>
      <TitleInput />
      <PersonaChip />
      <div className="toolbar__group" role="group" aria-label={t('toolbar.history')}>
        <button type="button" disabled={!canUndo} onClick={() => (undo(), restoreFocus())} aria-keyshortcuts="Control+Z Meta+Z">
          {t('toolbar.undo')}
        </button>
        <button type="button" disabled={!canRedo} onClick={() => (redo(), restoreFocus())} aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z">
          {t('toolbar.redo')}
        </button>
      </div>
      <div className="toolbar__group" role="group" aria-label={t('toolbar.structure')}>
        <button type="button" onClick={() => reveal(actions.addStage(), 'stage')}>
          {t('toolbar.addStage')}
        </button>
        <button type="button" onClick={() => reveal(actions.addStep(), 'step')}>
          {t('toolbar.addStep')}
        </button>
        <AddLaneMenu />
      </div>
      <div className="toolbar__group" role="group" aria-label={t('toolbar.files')}>
        <button type="button" aria-haspopup="dialog" onClick={() => useUiStore.setState({ dialog: 'export' })}>
          {t('export.button')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => useUiStore.setState({ dialog: 'import' })}>
          {t('import.button')}
        </button>
      </div>
      <button type="button" aria-haspopup="dialog" onClick={() => useUiStore.setState({ dialog: 'present' })}>
        {t('present.button')}
      </button>
      <button type="button" onClick={fitView}>
        {t('toolbar.fitView')}
      </button>
      <button type="button" aria-pressed={analysisOpen} onClick={() => useUiStore.setState({ analysisOpen: !analysisOpen })}>
        {t('analysis.toggle')}
      </button>
      <BacklogToggle />
      <button type="button" aria-pressed={inspectorOpen} onClick={() => useUiStore.setState({ inspectorOpen: !inspectorOpen })}>
        {t('toolbar.inspector')}
      </button>
      <button type="button" aria-haspopup="dialog" aria-keyshortcuts="?" onClick={() => useUiStore.setState({ dialog: 'shortcuts' })}>
        {t('shortcuts.button')}
      </button>
      <span className="toolbar__spacer" />
      <SaveState />
      <LanguageSelect />
    </header>
  );
}
