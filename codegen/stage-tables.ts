/**
 * The stage tables a spec has (spec/order-stages.yaml, spec/algo-order-stages.yaml), each with
 * the names its generated module exports.
 */
import {
  ALGO_ORDER_STAGE_NAMES,
  ORDER_STAGE_NAMES,
  type StageTableNames,
} from './load-order-stages';
import type { Spec } from './spec-types';

type StageTable = NonNullable<Spec['orderStages']>;

export const stageTables = (
  spec: Pick<Spec, 'orderStages' | 'algoOrderStages'>,
): [StageTable, StageTableNames][] => [
  ...(spec.orderStages
    ? [[spec.orderStages, ORDER_STAGE_NAMES] as [StageTable, StageTableNames]]
    : []),
  ...(spec.algoOrderStages
    ? [[spec.algoOrderStages, ALGO_ORDER_STAGE_NAMES] as [StageTable, StageTableNames]]
    : []),
];
