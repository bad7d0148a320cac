import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_TYPES, LANES } from '../../domain/lanes';
import * as actions from '../../store/actions';
import { getDoc } from '../../store/docStore';
import { useCanEdit } from '../../store/roomState';
import { useUiStore } from '../../store/uiStore';
import { ADD_LANE_ICON } from '../actions/registry';
import { focusHeader } from './boardApi';
import { useStructureLockedForMe } from '../workshop/hooks';

/** "Add lane": a menu of lane types; the lane goes below the selected lane, or at the bottom. */
export function AddLaneMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const locked = useStructureLockedForMe();
  const canEdit = useCanEdit();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const add = (type: (typeof LANE_TYPES)[number]) => {
    const sel = useUiStore.getState().selection;
    const doc = getDoc();
    const index = sel.kind === 'lane' && doc ? doc.lanes.findIndex((l) => l.id === sel.id) + 1 : undefined;
    const laneId = actions.addLane(type, index);
    setOpen(false);
    if (laneId) focusHeader(`lane:${laneId}`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      items[e.key === 'Home' ? 0 : items.length - 1]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      close();
    }
  };

  return (
    <div className="menu-anchor">
      <button ref={button} type="button" className="icon-button" aria-label={t('toolbar.addLane')} data-tip={locked ? t('workshop.lock.refused') : t('toolbar.addLane')} disabled={locked || !canEdit} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <ADD_LANE_ICON size={18} aria-hidden="true" />
      </button>
      {open && (
        <ul ref={menu} className="menu" role="menu" aria-label={t('toolbar.laneTypes')} onKeyDown={onKeyDown}>
          {LANE_TYPES.map((type) => (
            <li key={type} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => add(type)}>
                <span className="lane-swatch" style={{ background: LANES[type].color }} aria-hidden="true" />
                {t(`lanes.${type}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
