import { useMemo } from 'react';
import { analyzeJourney, type Analysis } from '../../domain/analysis';
import { EMPTY_PERSONA } from '../../domain/types';
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

/** The open map's analysis, computed once per document version. */
export function useAnalysis(): Analysis {
  const doc = useDocStore((s) => s.doc);
  return useMemo(() => (doc ? analyzeJourney(doc) : EMPTY), [doc]);
}
