import { useTranslation } from 'react-i18next';
import { useDocStore } from '../../store/docStore';
import { useCanEdit } from '../../store/roomState';
import { useUiStore } from '../../store/uiStore';
import { CardInspector } from './CardInspector';
import { ConnectionInspector } from './ConnectionInspector';
import { MapInspector } from './MapInspector';
import { LaneInspector, StageInspector, StepInspector } from './StructureInspectors';
import { StructureLock } from '../workshop/StructureLock';

/** The panel beside the board showing the fields of what is selected (the map when nothing is). */
export function Inspector() {
  const { t } = useTranslation();
  const doc = useDocStore((s) => s.doc);
  const selection = useUiStore((s) => s.selection);
  const canEdit = useCanEdit();
  if (!doc) return null;
  let body;
  switch (selection.kind) {
    case 'stage':
      body = <StageInspector doc={doc} id={selection.id} />;
      break;
    case 'step':
      body = <StepInspector doc={doc} id={selection.id} />;
      break;
    case 'lane':
      body = <LaneInspector doc={doc} id={selection.id} />;
      break;
    case 'card':
      body = <CardInspector doc={doc} id={selection.id} />;
      break;
    case 'connection':
      body = <ConnectionInspector doc={doc} id={selection.id} />;
      break;
    default:
      body = <MapInspector doc={doc} />;
  }
  return (
    <aside className="inspector" aria-label={t('inspector.region')}>
      {/* A viewer reads every field; a disabled fieldset keeps them from seeming editable. */}
      {canEdit ? <StructureLock kind={selection.kind}>{body}</StructureLock> : <fieldset className="inspector__read-only" disabled>{body}</fieldset>}
    </aside>
  );
}
