import type { Schemas } from './api/client';

/** Measure statuses in the order a measure moves through them: the board's columns, the dashboard's legend. */
export const MEASURE_STATUSES: Schemas['MeasureStatus'][] = ['PROPOSED', 'ENDORSED', 'NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];

export type RiskBand = 'high' | 'medium' | 'low';

/** A risk score (likelihood × impact, 1–25) in the register's bands: one rule for cards, the register and the heat map. */
export function riskBand(score: number): RiskBand {
  return score >= 15 ? 'high' : score >= 8 ? 'medium' : 'low';
}
