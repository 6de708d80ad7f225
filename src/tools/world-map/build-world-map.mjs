// Builds src/main/resources/io/facetwire/web/search/svg/world-countries.tsv from the world-atlas npm package
// (Natural Earth 1:10m admin-0 countries, public domain; packaging ISC). Run once by hand:
//
//   cd src/tools/world-map && npm ci && npm run build
//
// The application never runs this: it reads the derived TSV. What happens here, and why:
//  1. Project with Equal Earth (an equal-area projection, so a choropleth does not make Russia or
//     Greenland look bigger than they are).
//  2. Simplify the topology's arcs, weighting each point by its triangle's area in projected pixels,
//     so neighbouring countries keep one shared border and no slivers open between them.
//  3. Drop islands too small to see, but always keep each country's largest polygon.
//  4. Write each country as one SVG path with coordinates rounded to 0.1 px; countries too small to
//     see or click get a marker point where the renderer draws a dot.
// Antarctica is left out: no news country, and it would take a fifth of the height.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { geoArea, geoEqualEarth, geoStream } from 'd3-geo';
import * as topojson from 'topojson-client';
import * as simplify from 'topojson-simplify';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../main/resources/io/facetwire/web/search/svg/world-countries.tsv');

const WIDTH = 1000;
const MIN_TRIANGLE_AREA = 0.5;   // px²: Visvalingam threshold
const MIN_ISLAND_AREA = 1.5;     // px²: smaller extra polygons are dropped
const MARKER_BELOW = 4;          // px: a country whose box is smaller than this gets a dot

// Shapes without an ISO 3166-1 numeric code in Natural Earth get a stable key of their own.
const EXTRA_KEYS = { 'Kosovo': 'XK', 'N. Cyprus': 'X-NCY', 'Somaliland': 'X-SML', 'Siachen Glacier': 'X-SIA',
  'Baikonur': 'X-BAI', 'Dhekelia': 'X-DHE', 'Akrotiri': 'X-AKR', 'Cyprus U.N. Buffer Zone': 'X-CYB',
  'USNB Guantanamo Bay': 'X-GTM', 'Indian Ocean Ter.': 'X-IOT', 'Coral Sea Is.': 'X-CSI', 'Spratly Is.': 'X-SPI',
  'Clipperton I.': 'X-CLI', 'Bajo Nuevo Bank': 'X-BNB', 'Serranilla Bank': 'X-SRB', 'Scarborough Reef': 'X-SCR',
  // Natural Earth gives Ashmore and Cartier Australia's code (036); it is a separate shape.
  'Ashmore and Cartier Is.': 'X-ACI' };

const world = require('world-atlas/countries-10m.json');
const atlasVersion = require('world-atlas/package.json').version;
world.objects.countries.geometries = world.objects.countries.geometries
  .filter(g => g.properties.name !== 'Antarctica');

const originalFeatures = topojson.feature(world, world.objects.countries).features;
const projection = geoEqualEarth().fitWidth(WIDTH,
  { type: 'FeatureCollection', features: originalFeatures.map(f => ({ ...f, geometry: rewound(f.geometry) })) });

// 2. Topology-preserving simplification, weighted by the triangle's area in projected pixels.
//    (Simplifying the arcs, not each country, keeps neighbours on one shared border.)
function pixelTriangleArea(triangle) {
  const [a, b, c] = triangle.map(p => projection([p[0], p[1]]));
  return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
}
const simplified = simplify.simplify(simplify.presimplify(world, pixelTriangleArea), MIN_TRIANGLE_AREA);
const features = topojson.feature(simplified, simplified.objects.countries).features;

// Rings in pixels through d3's projection stream, which also cuts rings at the antimeridian
// (Russia and Fiji cross it) and resamples long edges into curves.
// A ring that quantization shrank to a few points can come out wound the wrong way, which on the
// sphere means "everything but this island" (the Maldives did): wind such polygons back.
function rewound(geometry) {
  if (!geometry) return geometry;
  const fix = rings => geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
    ? rings.map(r => r.slice().reverse()) : rings;
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: fix(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
}

function projectedRings(geometry) {
  geometry = rewound(geometry);
  const rings = [];
  let ring = null;
  const sink = {
    point(x, y) { ring.push([x, y]); },
    lineStart() { ring = []; },
    lineEnd() { if (ring.length) rings.push(ring); ring = null; },
    polygonStart() {}, polygonEnd() {}, sphere() {},
  };
  if (geometry) geoStream(geometry, projection.stream(sink));
  return rings;
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i], [x1, y1] = ring[(i + 1) % n];
    a += x0 * y1 - x1 * y0;
  }
  return Math.abs(a) / 2;
}
const r1 = v => Math.round(v * 10) / 10;
const fmt = v => { const s = r1(v).toFixed(1); return s.endsWith('.0') ? s.slice(0, -2) : s; };

// Relative path commands from rounded absolute points: compact, and no rounding drift.
function ringPath(ring) {
  const pts = ring.map(([x, y]) => [r1(x), r1(y)]);
  const kept = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]);
  if (kept.length > 1 && kept[0][0] === kept.at(-1)[0] && kept[0][1] === kept.at(-1)[1]) kept.pop();
  if (kept.length < 3) return '';
  let d = `M${fmt(kept[0][0])} ${fmt(kept[0][1])}l`;
  const deltas = [];
  for (let i = 1; i < kept.length; i++) {
    const dx = r1(kept[i][0] - kept[i - 1][0]), dy = r1(kept[i][1] - kept[i - 1][1]);
    deltas.push(fmt(dx) + (dy < 0 ? '' : ' ') + fmt(dy));
  }
  // SVG lets a minus sign separate numbers: "3-2" is "3 -2".
  return d + deltas.map((s, i) => (i > 0 && !s.startsWith('-') ? ' ' : '') + s).join('') + 'z';
}

function box(rings) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of rings) for (const [x, y] of r) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}
const largestFirst = rings => rings.map(r => ({ r, area: ringArea(r) })).sort((a, b) => b.area - a.area);

const rows = [];
features.forEach((f, i) => {
  const name = f.properties.name;
  const key = EXTRA_KEYS[name] ?? (f.id ? countries.numericToAlpha2(f.id) : undefined);
  if (!key) throw new Error(`no key for ${name} (${f.id})`);
  const original = projectedRings(originalFeatures[i].geometry);
  // Islands (and holes) too small to see are dropped, but never a country's largest ring.
  const rings = largestFirst(projectedRings(f.geometry));
  const keep = rings.filter((x, j) => j === 0 || x.area >= MIN_ISLAND_AREA).map(x => x.r);
  const d = keep.map(ringPath).join('');
  const b = box(original.length ? original : keep);
  let marker = '';
  if (!d || Math.max(b.x1 - b.x0, b.y1 - b.y0) < MARKER_BELOW) {
    // At the largest island: the box of a scattered archipelago (Kiribati) centres on open sea.
    const m = box([largestFirst(original.length ? original : keep)[0].r]);
    marker = `${fmt((m.x0 + m.x1) / 2)} ${fmt((m.y0 + m.y1) / 2)}`;
  }
  rows.push([key, name, marker, d]);
});
rows.sort((a, b) => a[0].localeCompare(b[0]));
const keys = new Set();
for (const r of rows) { if (keys.has(r[0])) throw new Error('duplicate key ' + r[0]); keys.add(r[0]); }

const boxes = originalFeatures.map(f => [f.properties.name, box(projectedRings(f.geometry))]);
if (process.env.DEBUG) console.log(boxes.sort((a, b) => b[1].y1 - a[1].y1).slice(0, 3));
const height = Math.ceil(Math.max(...boxes.map(b => b[1].y1)));
const header = [
  `# Derived from the npm package world-atlas ${atlasVersion} (countries-10m.json: Natural Earth 1:10m admin-0`,
  '# countries, public domain; packaging ISC) by src/tools/world-map/build-world-map.mjs. Do not edit by hand.',
  `# Projection: Equal Earth fitted to width ${WIDTH}; viewBox 0 0 ${WIDTH} ${height}. Antarctica left out.`,
  '# Columns (tab separated): key (ISO 3166-1 alpha-2, or X-... for shapes without one), Natural Earth name,',
  '# marker "x y" for countries too small to see (empty otherwise), SVG path data.',
  `viewBox\t0 0 ${WIDTH} ${height}`,
];
writeFileSync(out, header.join('\n') + '\n' + rows.map(r => r.join('\t')).join('\n') + '\n');
console.log(`${rows.length} shapes, ${rows.filter(r => r[2]).length} markers, viewBox 0 0 ${WIDTH} ${height}, `
  + `${readFileSync(out).length} bytes -> ${out}`);
