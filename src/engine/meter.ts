// The evaluation budget, as an explicit meter. A rule from an untrusted pack passes the load-time limits
// and still asks for too much work: a reduce that doubles a list with merge exhausts the heap, nested
// some over big lists runs for hours. Evaluation is metered instead: list steps (every element a scoped
// operation walks, every element merge builds) are charged to a meter, and one oversized merge or cat
// result stops at once. The engine gives each check one meter per agent (its when, where, assert and vars
// share it); a compiled expression called without one gets a fresh meter for that call.

export class LogicBudgetError extends Error {
  override readonly name = "LogicBudgetError";
}

/** List steps one check may take over one agent. */
export const EVALUATION_BUDGET = 10_000_000;
export const MAX_MERGE_ITEMS = 100_000;
export const MAX_CAT_LENGTH = 1_048_576;

export class EvaluationMeter {
  private remaining: number;

  constructor(readonly limit: number = EVALUATION_BUDGET) {
    this.remaining = limit;
  }

  /** Takes `steps` from the budget; throws LogicBudgetError once it is spent. */
  charge(steps: number): void {
    this.remaining -= steps;
    if (this.remaining < 0) {
      throw new LogicBudgetError(`rule evaluation exceeded its budget (${this.limit} list steps)`);
    }
  }
}
