import { useMemo } from 'react';
import { analyzeJourney, type Analysis } from '../../domain/analysis';
import { EMPTY_PERSONA, type JourneyMap } from '../../domain/types';
import { useDocStore } from '../../store/docStore';

const EMPTY: Analysis = analyzeJourney({
  schemaVersion: 1,
  id: '',
  kind: 'journey',
  title: '',
  persona: EMPTY_PERSONA,
  scenario: '',
  expectations: '',
  toleranceFloor: -2,
  marks: { peak: null, end: null },
  stages: [],
  lanes: [],
  cards: [],
  connections: [],
  createdAt: 0,
});

// One analysis per document version, however many views ask (board, panel, export, present).
const computed = new WeakMap<JourneyMap, Analysis>();

/** The open map's analysis, computed once per document version. */
export function useAnalysis(): Analysis {
  const doc = useDocStore((s) => s.doc);
  return useMemo(() => {
    if (!doc) return EMPTY;
    let a = computed.get(doc);
    if (!a) computed.set(doc, (a = analyzeJourney(doc)));
    return a;
  }, [doc]);
}
