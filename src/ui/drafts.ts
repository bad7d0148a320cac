/**
 * Drafts that live only in a field (an open card editor, an inspector field not yet left): each
 * registers a commit, and the page commits them all when it goes away (pagehide), before the
 * saver writes what is pending, so closing a tab never loses what was typed. `dirty` says
 * whether a draft differs from what is committed (a reload must not pass over it).
 */
interface Draft {
  commit: () => void;
  dirty: () => boolean;
}

const drafts = new Set<Draft>();

export function registerDraft(commit: () => void, dirty: () => boolean): () => void {
  const draft = { commit, dirty };
  drafts.add(draft);
  return () => drafts.delete(draft);
}

export function commitDrafts(): void {
  for (const draft of [...drafts]) {
    try {
      draft.commit();
    } catch {
      // one broken field must not keep the others from being saved
    }
  }
}

export const hasDirtyDrafts = (): boolean => [...drafts].some((d) => d.dirty());
