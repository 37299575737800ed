/**
 * Spend against budgets: per journey (the caller says what the journey has spent) and per UTC
 * day (kept here, per process; on AWS each Lambda instance keeps its own, so the day budget is
 * a per-instance ceiling and the CloudWatch cost alarm is the account-wide one).
 */
export interface Budgets {
  perJourneyUsd?: number | undefined;
  perDayUsd?: number | undefined;
}

export function createSpendLedger(budgets: Budgets, now: () => number) {
  let day = '';
  let spentToday = 0;
  const today = (): string => new Date(now()).toISOString().slice(0, 10);
  const roll = (): void => {
    const current = today();
    if (current !== day) {
      day = current;
      spentToday = 0;
    }
  };
  return {
    /** Whether a call estimated at `estimateUsd` fits both budgets. */
    allows(estimateUsd: number, journeySpentUsd: number): boolean {
      roll();
      if (
        budgets.perJourneyUsd !== undefined &&
        journeySpentUsd + estimateUsd > budgets.perJourneyUsd
      )
        return false;
      if (budgets.perDayUsd !== undefined && spentToday + estimateUsd > budgets.perDayUsd)
        return false;
      return true;
    },
    record(costUsd: number): void {
      roll();
      spentToday += costUsd;
    },
    spentToday(): number {
      roll();
      return spentToday;
    },
  };
}
