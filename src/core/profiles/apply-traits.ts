import type { Instant } from '../shared/index.js';
import type { JsonObject } from '../events/index.js';
import type { TraitState } from './profile.js';

/** Sets each trait unless it was already set by a later event. Ties go to the incoming value. */
export function applyTraits(state: TraitState, traits: JsonObject, at: Instant): TraitState {
  let values: JsonObject | undefined;
  let setAt: Record<string, Instant> | undefined;
  for (const [key, value] of Object.entries(traits)) {
    const previous = state.setAt[key];
    if (previous !== undefined && previous > at) continue;
    values ??= { ...state.values };
    setAt ??= { ...state.setAt };
    values[key] = value;
    setAt[key] = at;
  }
  return values && setAt ? { values, setAt } : state;
}

/** Combines two trait states key by key; the value set at the later time wins. */
export function mergeTraitStates(a: TraitState, b: TraitState): TraitState {
  const values: JsonObject = { ...a.values };
  const setAt: Record<string, Instant> = { ...a.setAt };
  for (const [key, value] of Object.entries(b.values)) {
    const bAt = b.setAt[key] ?? 0;
    const aAt = setAt[key];
    if (aAt === undefined || bAt >= aAt) {
      values[key] = value;
      setAt[key] = bAt;
    }
  }
  return { values, setAt };
}
