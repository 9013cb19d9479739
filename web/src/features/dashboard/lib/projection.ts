/**
 * An equirectangular projection fitted to a box, longitudes shortened by the cosine of the middle latitude:
 * over a country the size of Iraq this is within a few per cent of any conformal projection, and needs no library.
 */
export type Point = [number, number];

export function fitProjection(rings: Point[][], width: number, height: number, padding = 8): (lonLat: Point) => Point {
  const points = rings.flat();
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const shrink = Math.cos(((south + north) / 2) * (Math.PI / 180));
  const scale = Math.min((width - 2 * padding) / ((east - west) * shrink), (height - 2 * padding) / (north - south));
  const offsetX = (width - (east - west) * shrink * scale) / 2;
  const offsetY = (height - (north - south) * scale) / 2;
  return ([lon, lat]) => [offsetX + (lon - west) * shrink * scale, offsetY + (north - lat) * scale];
}

export function pathOf(rings: Point[][], project: (lonLat: Point) => Point): string {
  return rings.map((ring) => `M${ring.map((point) => project(point).map((v) => v.toFixed(1)).join(',')).join('L')}Z`).join('');
}
