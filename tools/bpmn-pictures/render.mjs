#!/usr/bin/env node
// Renders every bpmn/*.bpmn of the repository to docs/images/<name>.png and
// docs/images/<name>.svg, from the file's own diagram layout (BPMNDI), with
// bpmn-js in headless Chromium. While doing so it checks each file:
//
//   * bpmn-js (with Camunda's moddle extension, as Camunda Modeler uses)
//     imports it without warnings or errors;
//   * every flow node (tasks, events, gateways, ...) and every sequence flow
//     with a condition has a non-empty name;
//   * every element that is drawn has a shape or an edge in the diagram.
//
// Any finding is printed and makes the script exit with status 1. Labels
// that cross a flow line, a shape or another label are printed as notes only.
//
// Usage: node render.mjs [--out DIR] [file.bpmn ...]
//   default files: ../../bpmn/*.bpmn; default DIR: ../../docs/images
// Environment: CHROMIUM_PATH (default /usr/bin/chromium)

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { BpmnModdle } from 'bpmn-moddle';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const bpmnDir = path.join(repoRoot, 'bpmn');
const defaultOutDir = path.join(repoRoot, 'docs', 'images');

const require = createRequire(import.meta.url);
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
const bpmnJsDist = path.join(packageDir('bpmn-js'), 'dist');
const viewerScript = path.join(bpmnJsDist, 'bpmn-viewer.production.min.js');
const styleSheets = [
  path.join(bpmnJsDist, 'assets', 'diagram-js.css'),
  path.join(bpmnJsDist, 'assets', 'bpmn-js.css'),
];
const camundaDescriptor = JSON.parse(
  await readFile(path.join(packageDir('camunda-bpmn-moddle'), 'resources', 'camunda.json'), 'utf8'),
);

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync',
];
const SCALE = 2; // device pixels per diagram unit in the PNG
const MARGIN = 16; // white border around the exported SVG, in CSS pixels

// ---------------------------------------------------------------------------
// Model checks (names and diagram interchange), on bpmn-moddle's parse.

const label = (el) => `${el.$type.replace(/^bpmn:/, '')} "${el.id}"`;
const hasName = (el) => typeof el.name === 'string' && el.name.trim() !== '';

// Element types that Camunda Modeler draws and that therefore need DI.
const DRAWN_TYPES = [
  'bpmn:FlowNode', 'bpmn:SequenceFlow', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference',
  'bpmn:Artifact', 'bpmn:Participant', 'bpmn:MessageFlow', 'bpmn:Lane',
];
const isDrawn = (el) => DRAWN_TYPES.some((type) => el.$instanceOf(type));

function checkModel(definitions) {
  const problems = [];

  // Ids referenced by any diagram: planes and their shapes and edges.
  const withDi = new Set();
  for (const diagram of definitions.diagrams || []) {
    const plane = diagram.plane;
    if (!plane) continue;
    if (plane.bpmnElement) withDi.add(plane.bpmnElement.id);
    for (const diElement of plane.planeElement || []) {
      if (diElement.bpmnElement) withDi.add(diElement.bpmnElement.id);
    }
  }

  const needsDi = (el) => {
    if (!withDi.has(el.id)) problems.push(`${label(el)} has no diagram shape/edge (BPMNDI)`);
  };

  const visitLanes = (laneSets) => {
    for (const laneSet of laneSets || []) {
      for (const lane of laneSet.lanes || []) {
        needsDi(lane);
        visitLanes(lane.childLaneSet ? [lane.childLaneSet] : []);
      }
    }
  };

  const visitContainer = (container) => {
    for (const el of container.flowElements || []) {
      if (el.$instanceOf('bpmn:FlowNode') && !hasName(el)) {
        problems.push(`${label(el)} has no name`);
      }
      if (el.$instanceOf('bpmn:SequenceFlow') && el.conditionExpression && !hasName(el)) {
        problems.push(`${label(el)} has a condition but no name`);
      }
      if (isDrawn(el)) needsDi(el);
      if (el.$instanceOf('bpmn:SubProcess')) visitContainer(el);
    }
    for (const artifact of container.artifacts || []) needsDi(artifact);
    visitLanes(container.laneSets);
  };

  const processesInPools = new Set();
  for (const root of definitions.rootElements || []) {
    if (!root.$instanceOf('bpmn:Collaboration')) continue;
    needsDi(root);
    for (const participant of root.participants || []) {
      needsDi(participant);
      if (participant.processRef) processesInPools.add(participant.processRef.id);
    }
    for (const messageFlow of root.messageFlows || []) needsDi(messageFlow);
    for (const artifact of root.artifacts || []) needsDi(artifact);
  }
  for (const root of definitions.rootElements || []) {
    if (!root.$instanceOf('bpmn:Process')) continue;
    if (!processesInPools.has(root.id)) needsDi(root); // a bare process needs its own plane
    visitContainer(root);
  }

  return problems;
}

// ---------------------------------------------------------------------------
// Rendering with bpmn-js in the browser.

const SHELL = `<!doctype html>
<html><head><meta charset="utf-8"><style>
  html, body { margin: 0; background: #fff; }
  #canvas { width: 1600px; height: 1000px; }
</style></head><body><div id="canvas"></div></body></html>`;

async function importAndExport(page, xml) {
  await page.setContent(SHELL);
  for (const css of styleSheets) await page.addStyleTag({ path: css });
  await page.addScriptTag({ path: viewerScript });

  return page.evaluate(async ({ xml, camunda }) => {
    const describe = (w) => {
      const where = w.element && w.element.id ? ` [${w.element.id}]` : '';
      return `${w.message || String(w)}${where}`;
    };
    // eslint-disable-next-line no-undef
    const viewer = new BpmnJS({
      container: document.getElementById('canvas'),
      moddleExtensions: { camunda },
    });
    try {
      const { warnings } = await viewer.importXML(xml);
      const { svg } = await viewer.saveSVG();
      return { svg, warnings: warnings.map(describe), error: null, overlaps: findLabelOverlaps(viewer) };
    } catch (err) {
      return { svg: null, warnings: (err.warnings || []).map(describe), error: err.message, overlaps: [] };
    }

    // Labels as drawn (text wrapped as bpmn-js wraps it) that cross a flow line,
    // a shape or another label. Informational: the layout is the author's.
    function findLabelOverlaps(viewer) {
      const registry = viewer.get('elementRegistry');
      const inset = (r, d) => ({ x: r.x + d, y: r.y + d, width: r.width - 2 * d, height: r.height - 2 * d });
      const boxesMeet = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width
        && a.y < b.y + b.height && b.y < a.y + a.height;
      const inside = (p, r) => p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;
      const cross = (p, q, r) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
      const segmentsMeet = (a, b, c, d) => cross(a, b, c) * cross(a, b, d) < 0 && cross(c, d, a) * cross(c, d, b) < 0;
      const segmentMeetsBox = (a, b, r) => {
        if (inside(a, r) || inside(b, r)) return true;
        const c = [
          { x: r.x, y: r.y }, { x: r.x + r.width, y: r.y },
          { x: r.x + r.width, y: r.y + r.height }, { x: r.x, y: r.y + r.height },
        ];
        return c.some((p, i) => segmentsMeet(a, b, p, c[(i + 1) % 4]));
      };
      const nameOf = (el) => el.businessObject && el.businessObject.id;

      const labels = registry.filter((el) => el.type === 'label').map((el) => {
        const text = registry.getGraphics(el).querySelector('text');
        const bb = text ? text.getBBox() : { x: 0, y: 0, width: el.width, height: el.height };
        return { el, box: inset({ x: el.x + bb.x, y: el.y + bb.y, width: bb.width, height: bb.height }, 1) };
      }).filter((l) => l.box.width > 0 && l.box.height > 0);
      const connections = registry.filter((el) => el.waypoints);
      const shapes = registry.filter((el) => !el.waypoints && el.type !== 'label' && el.parent);

      const found = [];
      labels.forEach((label, i) => {
        const hits = [];
        for (const c of connections) {
          const w = c.waypoints;
          if (w.some((p, k) => k > 0 && segmentMeetsBox(w[k - 1], p, label.box))) hits.push(`flow ${nameOf(c)}`);
        }
        for (const s of shapes) {
          if (s.type !== 'bpmn:Participant' && s.type !== 'bpmn:Lane' && boxesMeet(label.box, s)) hits.push(`shape ${nameOf(s)}`);
        }
        labels.slice(i + 1).forEach((other) => {
          if (boxesMeet(label.box, other.box)) hits.push(`label of ${nameOf(other.el)}`);
        });
        if (hits.length) {
          const text = (label.el.businessObject.name || '').replace(/\s+/g, ' ');
          found.push(`label "${text}" of ${nameOf(label.el)} overlaps ${hits.join(', ')}`);
        }
      });
      return found;
    }
  }, { xml, camunda: camundaDescriptor });
}

async function screenshotSvg(page, svg, pngPath) {
  const [, width, height] = svg.match(/<svg[^>]*\swidth="([\d.]+)"\s+height="([\d.]+)"/) || [];
  if (!width) throw new Error('exported SVG has no width/height');
  const w = Math.ceil(Number(width)) + 2 * MARGIN;
  const h = Math.ceil(Number(height)) + 2 * MARGIN;

  await page.setViewportSize({ width: w, height: h });
  const body = svg.replace(/^<\?xml[^>]*>\s*/, '').replace(/<!DOCTYPE[^>]*>\s*/, '');
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; background: #fff; }
    #picture { display: inline-block; padding: ${MARGIN}px; background: #fff; line-height: 0; }
  </style></head><body><div id="picture">${body}</div></body></html>`);
  await page.locator('#picture').screenshot({ path: pngPath, omitBackground: false });
  return { width: w * SCALE, height: h * SCALE };
}

// ---------------------------------------------------------------------------

const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim();
// bpmn-js gives arrow-head markers random ids; number them in order of
// appearance so that regenerating an unchanged diagram changes no file.
const stableIds = (svg) => {
  const ids = new Map();
  return svg.replace(/\bmarker-([a-z0-9]{12,})\b/g, (match) => {
    if (!ids.has(match)) ids.set(match, `marker-${ids.size + 1}`);
    return ids.get(match);
  });
};
const shown = (file) => {
  const rel = path.relative(repoRoot, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
};

async function parseArgs(argv) {
  const options = { outDir: defaultOutDir, files: [] };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--out') options.outDir = path.resolve(process.cwd(), argv[++i] || '.');
    else if (argv[i].startsWith('--out=')) options.outDir = path.resolve(process.cwd(), argv[i].slice(6));
    else options.files.push(path.resolve(process.cwd(), argv[i]));
  }
  if (options.files.length === 0) {
    const names = (await readdir(bpmnDir)).filter((name) => name.endsWith('.bpmn')).sort();
    options.files = names.map((name) => path.join(bpmnDir, name));
  }
  return options;
}

async function main() {
  const options = await parseArgs(process.argv.slice(2));
  const files = options.files;
  if (files.length === 0) {
    console.error(`No .bpmn files found in ${bpmnDir}`);
    return 1;
  }
  await mkdir(options.outDir, { recursive: true });

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let failed = 0;
  try {
    const context = await browser.newContext({ deviceScaleFactor: SCALE });
    // Everything the page needs is injected from node_modules: refuse any request.
    const blocked = [];
    await context.route('**/*', (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    for (const file of files) {
      const name = path.basename(file, '.bpmn');
      const rel = shown(file);
      const xml = await readFile(file, 'utf8');
      const problems = [];

      // bpmn-js reports parse problems too, so bpmn-moddle's own are not repeated.
      const result = await importAndExport(page, xml);
      if (result.error) problems.push(`bpmn-js import error: ${oneLine(result.error)}`);
      for (const w of result.warnings) problems.push(`bpmn-js import warning: ${oneLine(w)}`);

      try {
        const { rootElement } = await new BpmnModdle({ camunda: camundaDescriptor }).fromXML(xml);
        problems.push(...checkModel(rootElement));
      } catch (err) {
        if (!result.error) problems.push(`bpmn-moddle parse error: ${oneLine(err.message)}`);
      }
      for (const overlap of result.overlaps) console.warn(`note ${rel}: ${overlap}`);

      if (result.svg) {
        const svg = stableIds(result.svg);
        const svgPath = path.join(options.outDir, `${name}.svg`);
        const pngPath = path.join(options.outDir, `${name}.png`);
        await writeFile(svgPath, svg + '\n');
        const size = await screenshotSvg(page, svg, pngPath);
        console.log(`${rel} -> ${shown(pngPath)} (${size.width}x${size.height}), ${shown(svgPath)}`);
      }

      for (const msg of pageErrors.splice(0)) problems.push(`page error: ${msg}`);
      for (const url of blocked.splice(0)) problems.push(`page tried to load ${url}`);

      if (problems.length > 0) {
        failed += 1;
        console.error(`FAIL ${rel}:`);
        for (const problem of problems) console.error(`  - ${problem}`);
      } else {
        console.log(`ok   ${rel}`);
      }
    }
  } finally {
    await browser.close();
  }

  if (failed > 0) {
    console.error(`${failed} of ${files.length} BPMN file(s) failed the checks.`);
    return 1;
  }
  console.log(`${files.length} BPMN file(s) rendered and checked.`);
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err); process.exitCode = 1; },
);
