import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANES } from '../../../domain/lanes';
import * as actions from '../../../store/actions';
import { getDoc } from '../../../store/docStore';
import { select, selectedKey } from '../../../store/uiStore';
import { useKeyedFlag } from '../../../ui/keyedFlag';
import type { LaneData, StageData, StepData } from '../buildNodes';
import { Header } from './Header';
import { StepMarks } from './StepMarks';
import { CommentBadge } from '../../comments/CommentBadge';
import './marks.css';

function useSelected(kind: 'stage' | 'step' | 'lane', id: string): boolean {
  return useKeyedFlag(selectedKey, `${kind}:${id}`);
}

function StageNodeComponent({ data }: NodeProps<Node<StageData, 'stage'>>) {
  const { t } = useTranslation();
  const { stageId } = data;
  return (
    <Header
      headerId={`stage:${stageId}`}
      label={t('board.stage', { title: data.title })}
      title={data.title}
      className="header--stage"
      axis="x"
      selected={useSelected('stage', stageId)}
      onSelect={() => select({ kind: 'stage', id: stageId })}
      onRename={(title) => actions.renameStage(stageId, title)}
      onDelete={() => actions.deleteStage(stageId)}
      onMove={(d) => {
        const index = getDoc()?.stages.findIndex((s) => s.id === stageId) ?? -1;
        if (index + d >= 0) actions.moveStage(stageId, index + d);
      }}
    >
      <CommentBadge kind="stage" id={stageId} />
    </Header>
  );
}

function StepNodeComponent({ data }: NodeProps<Node<StepData, 'step'>>) {
  const { t } = useTranslation();
  const { stepId } = data;
  return (
    <Header
      headerId={`step:${stepId}`}
      label={t('board.step', { title: data.title })}
      title={data.title}
      className="header--step"
      axis="x"
      selected={useSelected('step', stepId)}
      onSelect={() => select({ kind: 'step', id: stepId })}
      onRename={(title) => actions.updateStep(stepId, { title })}
      onDelete={() => actions.deleteStep(stepId)}
      onMove={(d) => actions.nudgeStep(stepId, d)}
    >
      {(data.durationMin !== null || data.waitMin > 0) && (
        <span className="header__sub">
          {data.durationMin !== null && <span>{t('inspector.minutes', { count: data.durationMin })}</span>}
          {data.waitMin > 0 && <span className="header__wait">{t('board.stepWait', { min: data.waitMin })}</span>}
        </span>
      )}
      <StepMarks data={data} />
      <CommentBadge kind="step" id={stepId} />
    </Header>
  );
}

function LaneNodeComponent({ data }: NodeProps<Node<LaneData, 'lane'>>) {
  const { t } = useTranslation();
  const { laneId } = data;
  return (
    <Header
      headerId={`lane:${laneId}`}
      label={t('board.lane', { title: data.title })}
      title={data.title}
      className={`header--lane lane-${data.type}`}
      style={{ background: LANES[data.type].color }}
      axis="y"
      selected={useSelected('lane', laneId)}
      onSelect={() => select({ kind: 'lane', id: laneId })}
      onRename={(title) => actions.updateLane(laneId, { title })}
      onDelete={() => actions.deleteLane(laneId)}
      onMove={(d) => {
        const index = getDoc()?.lanes.findIndex((l) => l.id === laneId) ?? -1;
        if (index + d >= 0) actions.moveLane(laneId, index + d);
      }}
    />
  );
}

export const StageNode = memo(StageNodeComponent);
export const StepNode = memo(StepNodeComponent);
export const LaneNode = memo(LaneNodeComponent);
