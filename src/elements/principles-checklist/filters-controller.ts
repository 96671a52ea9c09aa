/**
 * What the user narrowed the checklist to: the principles by status, the register's proposals by decision,
 * done and group, their sort, and how many rows of them are drawn.
 */
import {
  filterProposals,
  sortProposals,
  type Decision,
  type Locale,
  type PrinciplesData,
  type PrinciplesGroup,
  type Proposal,
  type ProposalFilter,
  type ProposalSortDirection,
  type ProposalSortKey,
} from '../../core/runtime.js';
import { PAGE } from './register-parts.js';
import { StateController, type StateHost } from './state-controller.js';

export interface FiltersState {
  /** The status the principles are filtered by ('' for all). */
  status: string;
  decision: Decision | 'all';
  done: '' | 'yes' | 'no';
  /** The group the proposals are filtered by ('' for all). */
  group: string;
  sortKey: ProposalSortKey;
  direction: ProposalSortDirection;
  /** How many rows of the register are drawn: a register of hundreds opens and sorts at once. */
  limit: number;
}

export class FiltersController extends StateController<FiltersState> {
  constructor(host: StateHost) {
    super(host, {
      status: '',
      decision: 'all',
      done: '',
      group: '',
      sortKey: 'date',
      direction: 'descending',
      limit: PAGE,
    });
  }

  setStatus = (status: string): void => this.set({ status });
  setDecision = (decision: Decision | 'all'): void => this.set({ decision });
  setDone = (done: '' | 'yes' | 'no'): void => this.set({ done });
  setGroup = (group: string): void => this.set({ group });

  sortBy = (key: ProposalSortKey): void => {
    const { sortKey, direction } = this.state;
    if (sortKey === key) this.set({ direction: direction === 'ascending' ? 'descending' : 'ascending' });
    else this.set({ sortKey: key, direction: key === 'date' ? 'descending' : 'ascending' });
  };

  showMore = (): void => {
    const first = this.state.limit;
    this.set({ limit: first + PAGE });
    // Focus goes to the first row just drawn, so that reading goes on where it stopped.
    this.focusAfterUpdate(() => {
      const row = this.host.renderRoot.querySelectorAll('tbody tr')[first];
      row?.querySelector<HTMLElement>('select, button')?.focus();
    });
  };

  /** The proposals the filters let through, sorted; `groups` name the groups, as the column shows them. */
  visibleProposals(data: PrinciplesData, groups: readonly PrinciplesGroup[], locale: Locale): Proposal[] {
    const { decision, done, group, sortKey, direction } = this.state;
    const filter: ProposalFilter = { decision };
    if (done) filter.done = done === 'yes';
    if (group) filter.proposedBy = group;
    // By label, not by id, for "proposed by": the column shows labels.
    return sortProposals(filterProposals(data, filter), sortKey, direction, locale, groups);
  }
}
