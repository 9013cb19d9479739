import type { Schemas } from '../../../lib/api/client';
import { riskBand, type RiskBand } from '../../../lib/measures';
import type { BoardCard } from '../../../lib/board';

type Card = BoardCard;
type Place = Schemas['Location'];

const FINISHED = new Set(['COMPLETED', 'CANCELLED']);

/** Unfinished measures due from today to `days` ahead, soonest first. */
export function dueSoon(cards: Card[], today: string, days = 30): Card[] {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + days);
  const until = limit.toISOString().slice(0, 10);
  return cards.filter((card) => card.dueDate && !FINISHED.has(card.status) && card.dueDate >= today && card.dueDate <= until)
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
}

export type PlaceProgress = { place: Place; measures: number; progress: number };

/**
 * Mean progress of the measures working in each pilot place: a governorate counts the measures placed in it or
 * anywhere inside it; a district those placed in the district itself. Cancelled measures count nowhere.
 */
export function placeProgress(cards: Card[], places: Place[]): PlaceProgress[] {
  return places.filter((place) => place.latitude !== undefined && place.longitude !== undefined
      && (place.level === 'GOVERNORATE' || place.level === 'DISTRICT'))
    .map((place) => {
      const inPlace = cards.filter((card) => card.status !== 'CANCELLED' && (place.level === 'GOVERNORATE'
        ? card.governorates.some((g) => g.id === place.id)
        : card.locations.some((l) => l.id === place.id)));
      const progress = inPlace.length === 0 ? 0 : Math.round(inPlace.reduce((sum, card) => sum + card.progress, 0) / inPlace.length);
      return { place, measures: inPlace.length, progress };
    });
}

/** Progress as a colour from amber (0 %) to the app's green (100 %): readable on the projector, no red-green pair. */
export function progressColour(progress: number): string {
  const from = [0xb4, 0x5f, 0x06];
  const to = [0x0b, 0x5d, 0x57];
  const mix = from.map((channel, i) => Math.round(channel + (to[i] - channel) * Math.min(100, Math.max(0, progress)) / 100));
  return `rgb(${mix.join(', ')})`;
}

/** Heat-map band of a likelihood × impact cell, as the risk register scores it. */
export function cellBand(likelihood: number, impact: number): RiskBand {
  return riskBand(likelihood * impact);
}
