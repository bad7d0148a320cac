import {
  BetweenHorizontalEnd,
  BetweenVerticalEnd,
  ChartLine,
  Columns3,
  Download,
  ImagePlus,
  Keyboard,
  ListTodo,
  MessagesSquare,
  Maximize,
  Megaphone,
  PanelRight,
  Presentation,
  Redo2,
  Share2,
  Undo2,
  Upload,
  type LucideIcon,
} from 'lucide-react';
import type { ParseKeys } from 'i18next';
import * as actions from '../../store/actions';
import { redo, undo, useDocStore } from '../../store/docStore';
import { useUiStore } from '../../store/uiStore';
import { useBacklogUi } from '../backlog/backlogUi';
import { openShareDialog } from '../share/shareUi';
import { useWorkshopUi } from '../workshop/workshopUi';
import { useStructureLockedForMe } from '../workshop/hooks';
import { commentsCommand } from '../comments/command';
import { fitView, focusHeader } from '../board/boardApi';
import { restoreFocus } from '../board/focus';
import type { Binding } from './keys';
import { insertImage } from '../images/imageActions';

/**
 * The one registry of commands (DESIGN.md §4 "Registries, not switches"): the toolbar draws its
 * buttons from it, the keyboard handler dispatches from it, and the shortcuts sheet lists it. A
 * new command is one entry here plus its name in each language.
 */

/** A key of the translations (typed from en.ts). */
export type I18nKey = ParseKeys;

export type ToolbarGroup = 'history' | 'structure' | 'view' | 'share' | 'help';

export interface Command {
  id: string;
  /** i18n key of its name (the button's accessible name and the sheet's description). */
  label: I18nKey;
  icon: LucideIcon;
  group: ToolbarGroup;
  keys: readonly Binding[];
  perform: () => void;
  /** Opens a dialog (aria-haspopup). */
  dialog?: boolean;
  /** Live state for the toolbar button; a hook, called once per rendered button. */
  useStatus?: () => { disabled?: boolean; pressed?: boolean };
  /** Changes the map: disabled for a viewer (the server would refuse it anyway). */
  edits?: boolean;
  /** A number shown on the button (open backlog items), also a hook. */
  useBadge?: () => number;
}

const openDialog = (dialog: 'export' | 'import' | 'shortcuts' | 'present') => () => useUiStore.setState({ dialog });

export const COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    label: 'toolbar.undo',
    icon: Undo2,
    group: 'history',
    keys: [{ key: 'z', mod: true }],
    edits: true,
    perform: () => (undo(), restoreFocus()),
    useStatus: () => ({ disabled: !useDocStore((s) => s.canUndo) }),
  },
  {
    id: 'redo',
    label: 'toolbar.redo',
    icon: Redo2,
    group: 'history',
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    edits: true,
    perform: () => (redo(), restoreFocus()),
    useStatus: () => ({ disabled: !useDocStore((s) => s.canRedo) }),
  },
  {
    id: 'addStage',
    label: 'toolbar.addStage',
    icon: Columns3,
    group: 'structure',
    keys: [],
    edits: true,
    // A new stage opens in rename mode, its title selected: type to name it.
    perform: () => renameNew(actions.addStage(), 'stage'),
    useStatus: () => ({ disabled: useStructureLockedForMe() }),
  },
  {
    id: 'addStep',
    label: 'toolbar.addStep',
    icon: BetweenVerticalEnd,
    group: 'structure',
    keys: [],
    edits: true,
    perform: () => renameNew(actions.addStep(), 'step'),
    useStatus: () => ({ disabled: useStructureLockedForMe() }),
  },
  { id: 'insertImage', label: 'images.insert', icon: ImagePlus, group: 'structure', keys: [], perform: insertImage },
  {
    id: 'fitView',
    label: 'toolbar.fitView',
    icon: Maximize,
    group: 'view',
    keys: [{ key: '0', mod: true }],
    perform: fitView,
  },
  {
    id: 'analysis',
    label: 'analysis.toggle',
    icon: ChartLine,
    group: 'view',
    keys: [{ key: 'a', mod: true, alt: true }],
    perform: () => useUiStore.setState((s) => ({ analysisOpen: !s.analysisOpen })),
    useStatus: () => ({ pressed: useUiStore((s) => s.analysisOpen) }),
  },
  {
    id: 'backlog',
    label: 'backlog.toggle',
    icon: ListTodo,
    group: 'view',
    keys: [{ key: 'b', mod: true, alt: true }],
    perform: () => useBacklogUi.setState((s) => ({ open: !s.open })),
    useStatus: () => ({ pressed: useBacklogUi((s) => s.open) }),
    useBadge: () => useDocStore((s) => (s.doc?.backlog ?? []).filter((i) => i.status !== 'done').length),
  },
  commentsCommand(MessagesSquare),
  {
    id: 'inspector',
    label: 'toolbar.inspector',
    icon: PanelRight,
    group: 'view',
    keys: [{ key: 'i', mod: true, alt: true }],
    perform: () => useUiStore.setState((s) => ({ inspectorOpen: !s.inspectorOpen })),
    useStatus: () => ({ pressed: useUiStore((s) => s.inspectorOpen) }),
  },
  { id: 'share', label: 'toolbar.share', icon: Share2, group: 'share', keys: [], perform: openShareDialog, dialog: true },
  {
    id: 'facilitator',
    label: 'workshop.toggle',
    icon: Megaphone,
    group: 'share',
    keys: [],
    perform: () => useWorkshopUi.setState((s) => ({ open: !s.open })),
    useStatus: () => ({ pressed: useWorkshopUi((s) => s.open) }),
  },
  { id: 'present', label: 'present.button', icon: Presentation, group: 'share', keys: [{ key: 'F5' }], perform: openDialog('present'), dialog: true },
  { id: 'export', label: 'export.button', icon: Download, group: 'share', keys: [{ key: 'e', mod: true, shift: true }], perform: openDialog('export'), dialog: true },
  { id: 'import', label: 'import.button', icon: Upload, group: 'share', keys: [{ key: 'o', mod: true }], perform: openDialog('import'), dialog: true },
  { id: 'shortcuts', label: 'shortcuts.button', icon: Keyboard, group: 'help', keys: [{ key: '?' }], perform: openDialog('shortcuts'), dialog: true },
];

/** The lane menu's icon: it is a menu, not a command, but sits with the structure group. */
export const ADD_LANE_ICON = BetweenHorizontalEnd;

function renameNew(id: string | null, kind: 'stage' | 'step'): void {
  if (id) focusHeader(`${kind}:${id}`, { rename: true });
}

/**
 * Keys handled where the focus is (a cell, a card, a header, a slider) rather than by a command:
 * listed in the sheet from here. Each is an i18n pair `shortcuts.keys.<id>` / `shortcuts.does.<id>`.
 */
export const CONTEXT_KEYS = [
  ['cell', ['typeOrEnter', 'arrows', 'tab', 'ctrlEnter', 'paste', 'escape']],
  ['card', ['enterEdit', 'shiftEnter', 'delete', 'altArrows', 'altShiftArrows', 'ctrlD', 'escapeCard']],
  ['header', ['enterRename', 'deleteHeader', 'altArrowsHeader']],
  ['slider', ['upDown', 'homeEnd', 'deleteScore']],
] as const;
