/**
 * The contract between generated/order-stages.ts and the reducer: the stage table is data,
 * emitted from spec/order-stages.yaml (whose rules codegen/load-order-stages.ts checks).
 */
export interface OrderStageTable<Stage extends string, Event extends string> {
  /** The stage every order starts in. */
  readonly initial: Stage;
  /**
   * Each stage: its `rank` (a report leading to a lower rank than the current stage's is stale;
   * terminal stages rank highest), whether it ends the order, whether it may be entered again.
   */
  readonly stages: Readonly<
    Record<
      Stage,
      { readonly rank: number; readonly terminal: boolean; readonly repeatable: boolean }
    >
  >;
  /** Binance order status (`NEW`, `FILLED`, …) -> event. Statuses not listed move nothing. */
  readonly statusEvents: Readonly<Record<string, Event>>;
  /**
   * Binance execution type (executionReport `x`, e.g. `REPLACED`) -> event, looked up before
   * `statusEvents` for a report whose status `statusEvents` lists (any other moves nothing). Optional: tables generated before it existed have none.
   */
  readonly executionTypeEvents?: Readonly<Record<string, Event>>;
  /** stage -> event -> next stage. */
  readonly transitions: Readonly<Record<Stage, Readonly<Partial<Record<Event, Stage>>>>>;
  /** stage -> event -> a stage passed through before the transition. */
  readonly through: Readonly<Partial<Record<Stage, Readonly<Partial<Record<Event, Stage>>>>>>;
}
