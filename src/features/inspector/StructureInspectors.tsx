import { useTranslation } from 'react-i18next';
import { LANE_TYPES, type LaneType } from '../../domain/lanes';
import { findStep } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';
import * as actions from '../../store/actions';
import { CheckboxField, NumberField, Section, SelectField, TextField } from '../../ui/fields';
import { CommentsButton } from '../comments/CommentsButton';
import { useNumberMessages } from './useNumberMessages';

export function StageInspector({ doc, id }: { doc: JourneyMap; id: string }) {
  const { t } = useTranslation();
  const index = doc.stages.findIndex((s) => s.id === id);
  const stage = doc.stages[index];
  if (!stage) return null;
  return (
    <Section title={t('inspector.stage')}>
      <TextField label={t('inspector.stageTitle')} value={stage.title} onCommit={(title) => actions.renameStage(id, title)} />
      <div className="button-row">
        <button type="button" disabled={index === 0} onClick={() => actions.moveStage(id, index - 1)}>
          {t('inspector.moveLeft')}
        </button>
        <button type="button" disabled={index === doc.stages.length - 1} onClick={() => actions.moveStage(id, index + 1)}>
          {t('inspector.moveRight')}
        </button>
        <CommentsButton target={{ kind: 'stage', id }} />
        <button type="button" className="danger" onClick={() => actions.deleteStage(id)}>
          {t('inspector.deleteStage')}
        </button>
      </div>
    </Section>
  );
}

export function StepInspector({ doc, id }: { doc: JourneyMap; id: string }) {
  const { t } = useTranslation();
  const messages = useNumberMessages();
  const found = findStep(doc, id);
  if (!found) return null;
  const { step } = found;
  return (
    <Section title={t('inspector.step')}>
      <TextField label={t('inspector.stepTitle')} value={step.title} onCommit={(title) => actions.updateStep(id, { title })} />
      <NumberField
        label={t('inspector.emotion')}
        value={step.emotion}
        min={-3}
        max={3}
        messages={messages}
        onCommit={(v) => actions.setEmotion(id, v)}
      />
      <NumberField
        label={t('inspector.duration')}
        value={step.durationMin}
        min={0}
        max={1_000_000}
        messages={messages}
        onCommit={(v) => actions.updateStep(id, { durationMin: v })}
      />
      <CheckboxField label={t('inspector.markPeak')} checked={doc.marks.peak === id} onChange={(on) => actions.setMark('peak', on ? id : null)} />
      <CheckboxField label={t('inspector.markEnd')} checked={doc.marks.end === id} onChange={(on) => actions.setMark('end', on ? id : null)} />
      <CheckboxField label={t('insight.markKeyMoment')} checked={!!step.keyMoment} onChange={(on) => actions.setStepFlag(id, 'keyMoment', on)} />
      <CheckboxField label={t('insight.markSurprise')} checked={!!step.surprise} onChange={(on) => actions.setStepFlag(id, 'surprise', on)} />
      <div className="button-row">
        <button type="button" onClick={() => actions.nudgeStep(id, -1)}>
          {t('inspector.moveLeft')}
        </button>
        <button type="button" onClick={() => actions.nudgeStep(id, 1)}>
          {t('inspector.moveRight')}
        </button>
        <CommentsButton target={{ kind: 'step', id }} />
        <button type="button" className="danger" onClick={() => actions.deleteStep(id)}>
          {t('inspector.deleteStep')}
        </button>
      </div>
    </Section>
  );
}

export function LaneInspector({ doc, id }: { doc: JourneyMap; id: string }) {
  const { t } = useTranslation();
  const index = doc.lanes.findIndex((l) => l.id === id);
  const lane = doc.lanes[index];
  if (!lane) return null;
  return (
    <Section title={t('inspector.lane')}>
      <TextField label={t('inspector.laneTitle')} value={lane.title} onCommit={(title) => actions.updateLane(id, { title })} />
      <SelectField<LaneType>
        label={t('inspector.laneType')}
        value={lane.type}
        options={LANE_TYPES.map((type) => ({ value: type, label: t(`lanes.${type}`) }))}
        onChange={(type) => type && actions.updateLane(id, { type })}
      />
      <div className="button-row">
        <button type="button" disabled={index === 0} onClick={() => actions.moveLane(id, index - 1)}>
          {t('inspector.moveUp')}
        </button>
        <button type="button" disabled={index === doc.lanes.length - 1} onClick={() => actions.moveLane(id, index + 1)}>
          {t('inspector.moveDown')}
        </button>
        <button type="button" className="danger" onClick={() => actions.deleteLane(id)}>
          {t('inspector.deleteLane')}
        </button>
      </div>
    </Section>
  );
}
