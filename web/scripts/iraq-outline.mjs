// Iraq's international outline, cut at build time from Natural Earth (world-atlas, 1:50m) so that the browser
// loads a few kilobytes instead of the world. Only the outer border: internal boundaries are not drawn (several
// are disputed). Imported in the app as `virtual:iraq-outline` (a GeoJSON polygon's rings, [longitude, latitude]).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const ID = 'virtual:iraq-outline';
const require = createRequire(import.meta.url);

export function iraqOutline() {
  return {
    name: 'kharita-iraq-outline',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) {
        return undefined;
      }
      const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
      const iraq = feature(world, world.objects.countries).features.find((country) => country.id === '368');
      const rings = iraq.geometry.type === 'Polygon' ? iraq.geometry.coordinates : iraq.geometry.coordinates.flat();
      const rounded = rings.map((ring) => ring.map(([lon, lat]) => [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000]));
      return `export default ${JSON.stringify(rounded)};`;
    },
  };
}
