import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as actions from '../../store/actions';
import { currentSession, getDoc, redo, resetDoc, undo } from '../../store/docStore';
import { LOCAL_ROOM, useRoomState } from '../../store/roomState';
import { useUiStore } from '../../store/uiStore';
import { laneOf, makeMap, stepIds } from '../../test/fixtures';
import './rules';
import { closeVote, placeDot, revealVote, setAnonymous, setStructureLocked, startVote } from './workshopActions';
import { writeWorkshop } from './workshopDoc';
import { useWorkshop } from './workshopStore';

const as = (role: 'facilitator' | 'editor' | 'viewer', roomId: string | null = 'room') => useRoomState.setState({ ...LOCAL_ROOM, role, roomId, connection: roomId ? 'connected' : 'local' });

describe('the workshop rules on the open map', () => {
  beforeEach(() => {
    resetDoc(makeMap());
    as('facilitator', null);
  });
  afterEach(() => useRoomState.setState(LOCAL_ROOM));

  it('while locked, refuses an editor’s stage, step and lane edits but not their cards', () => {
    expect(setStructureLocked(true)).toBe(true);
    as('editor');
    const map = getDoc()!;
    const lane = laneOf(map, 'customer');
    const step = stepIds(map)[0]!;
    expect(actions.renameStage(map.stages[0]!.id, 'renamed')).toBe(false);
    expect(actions.addStep()).toBeNull();
    expect(actions.deleteLane(lane)).toBe(false);
    expect(actions.setEmotion(step, 2)).toBe(false);
    expect(getDoc()!.stages).toBe(map.stages);
    expect(getDoc()!.lanes).toBe(map.lanes);
    expect(useUiStore.getState().notice?.tone).toBe('error');
    expect(actions.addCard(lane, step, 'still possible')).not.toBeNull();
    // An editor cannot lift the lock either; the facilitator can, and edits structure anyway.
    expect(setStructureLocked(false)).toBe(false);
    as('facilitator');
    expect(actions.renameStage(map.stages[0]!.id, 'renamed')).toBe(true);
    expect(setStructureLocked(false)).toBe(true);
    as('editor');
    expect(actions.renameStage(map.stages[0]!.id, 'again')).toBe(true);
  });

  it('while locked, an editor cannot undo or redo their own structure edit either, but can undo a card', () => {
    as('editor');
    const map = getDoc()!;
    const stage = map.stages[0]!.id;
    expect(actions.renameStage(stage, 'mine')).toBe(true);
    const card = actions.addCard(laneOf(map, 'customer'), stepIds(map)[0]!, 'a card')!;
    as('facilitator');
    setStructureLocked(true);
    as('editor');
    undo();
    expect(getDoc()!.cards.find((c) => c.id === card)).toBeUndefined();
    undo();
    expect(getDoc()!.stages[0]!.title).toBe('mine');
    expect(useUiStore.getState().notice?.tone).toBe('error');
    as('facilitator');
    setStructureLocked(false);
    as('editor');
    undo();
    expect(getDoc()!.stages[0]!.title).toBe(map.stages[0]!.title);
    as('facilitator');
    setStructureLocked(true);
    as('editor');
    redo();
    expect(getDoc()!.stages[0]!.title).toBe(map.stages[0]!.title);
  });

  it('records a card’s author in a shared map, nobody with anonymous capture on or alone', () => {
    const map = getDoc()!;
    const lane = laneOf(map, 'customer');
    const step = stepIds(map)[0]!;
    const alone = actions.addCard(lane, step, 'alone')!;
    as('editor');
    const named = actions.addCard(lane, step, 'named')!;
    as('facilitator');
    setAnonymous(true);
    as('editor');
    const anonymous = actions.addCard(lane, step, 'anonymous')!;
    const author = (id: string) => getDoc()!.cards.find((c) => c.id === id)!.author;
    expect(author(alone)).toBeUndefined();
    expect(author(named)).toMatch(/^[0-9a-f]{24}$/);
    expect(author(anonymous)).toBeUndefined();
  });

  it('runs a vote: viewers only when allowed; totals hidden until revealed; the result frozen when closed', () => {
    const map = getDoc()!;
    const lane = laneOf(map, 'customer');
    const step = stepIds(map)[0]!;
    const a = actions.addCard(lane, step, 'a')!;
    expect(startVote({ cards: [a], dotsPerPerson: 2, multiple: false, deadlineMin: null, viewers: false })).toBe(true);
    as('viewer');
    expect(placeDot(a)).toBe('viewer');
    as('editor');
    expect(startVote({ cards: [a], dotsPerPerson: 2, multiple: false, deadlineMin: null, viewers: true })).toBe(false);
    expect(placeDot(a)).toBeNull();
    expect(placeDot(a)).toBe('one-per-card');
    expect(useWorkshop.getState().totals).toBeNull();
    as('facilitator');
    revealVote();
    expect(useWorkshop.getState().totals?.get(a)).toBe(1);
    closeVote();
    // Even with every dot gone, the closed round keeps its result.
    const doc = currentSession()!.doc;
    doc.getMap('votes').clear();
    expect(useWorkshop.getState().totals?.get(a)).toBe(1);
    expect(useWorkshop.getState().state.vote?.status).toBe('closed');
    // A hostile value in the settings reads as "no vote".
    writeWorkshop(doc, 'vote', { nonsense: true } as never, 'peer');
    expect(useWorkshop.getState().state.vote).toBeNull();
  });
});
