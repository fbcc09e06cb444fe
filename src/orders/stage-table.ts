/**
 * The contract between generated/order-stages.ts and the reducer: the stage table is data,
 * emitted from spec/order-stages.yaml.
 */
export interface OrderStageTable<Stage extends string, Event extends string> {
  readonly initial: Stage;
  readonly stages: Readonly<
    Record<Stage, { readonly terminal: boolean; readonly repeatable: boolean }>
  >;
  /** Binance order status (`NEW`, `FILLED`, …) -> event. Statuses not listed move nothing. */
  readonly statusEvents: Readonly<Record<string, Event>>;
  /** stage -> event -> next stage. */
  readonly transitions: Readonly<Record<Stage, Readonly<Partial<Record<Event, Stage>>>>>;
  /** stage -> event -> a stage passed through before the transition. */
  readonly through: Readonly<Partial<Record<Stage, Readonly<Partial<Record<Event, Stage>>>>>>;
}
