/**
 * The forces behind each group's posture, read from its own grid as the seed's figures describe them: the
 * opportunist is pushed by temptation and brought back to reason by fear, the cooperative pushed by its
 * attractions and steadied by trust, the individualist pushed by fear and brought back to reason by its
 * attractions. A column's force is its strongest item (the first in the grid's order among equals): that
 * choice is the library's, the seed names the forces only.
 */
import type { ParseOptions } from '../shared/parse.js';
import { getStrings, type Strings } from '../i18n/index.js';
import type { AtpAnalysis, AtpPosture } from './analyse.js';
import type { AtpCategory, AtpData, AtpGroup, AtpItem } from './schema.js';

export interface AtpForce {
  /** The column the force is read from, or the group's trust. */
  category: AtpCategory | 'trust';
  /** The figure's words, e.g. "Poussé par la peur". */
  label: string;
  /** The column's strongest item; absent when the grid has none (never invented). */
  item?: Pick<AtpItem, 'id' | 'text' | 'intensity'>;
  /** The item's intensity or the trust; `null` when there is no item or the trust is not rated. */
  value: number | null;
}

export interface AtpGroupForces {
  id: string;
  posture: AtpPosture;
  /** `null` for an undetermined group: no figure applies. */
  pushing: AtpForce | null;
  restraining: AtpForce | null;
}

type Figure = [AtpCategory, keyof Strings, AtpCategory | 'trust', keyof Strings];
const FIGURES: Partial<Record<AtpPosture, Figure>> = {
  opportunist: ['temptations', 'amForceOpportunistPush', 'fears', 'amForceOpportunistHold'],
  cooperative: ['attractions', 'amForceCooperativePush', 'trust', 'amForceCooperativeHold'],
  individualist: ['fears', 'amForceIndividualistPush', 'attractions', 'amForceIndividualistHold'],
};

function force(group: AtpGroup, category: AtpCategory | 'trust', label: string): AtpForce {
  let item: AtpItem | undefined;
  for (const i of group.items) if (i.category === category && !(item && item.intensity >= i.intensity)) item = i;
  const f: AtpForce = { category, label, value: category === 'trust' ? group.trust : (item?.intensity ?? null) };
  if (item) f.item = { id: item.id, text: item.text, intensity: item.intensity };
  return f;
}

/**
 * What pushes each group and what holds it back, in the grid's order; `analysis` is `analyseAtp()` of the
 * same data, `options.locale` the labels' language.
 */
export function postureForces(data: AtpData, analysis: AtpAnalysis, options: ParseOptions = {}): AtpGroupForces[] {
  const s = getStrings(options.locale ?? 'fr', options.strings);
  return data.groups.map((group, index) => {
    const posture = analysis.groups[index]?.posture ?? 'undetermined';
    const figure = FIGURES[posture];
    return {
      id: group.id,
      posture,
      pushing: figure ? force(group, figure[0], s[figure[1]] as string) : null,
      restraining: figure ? force(group, figure[2], s[figure[3]] as string) : null,
    };
  });
}
