// Build-time picture of story step n (1-based) for the linear reading mode:
// the components run in jsdom and the step's graphic is written as SVG.
import {join} from "node:path";
import {parseArgs} from "node:util";
import {JSDOM} from "jsdom";
import {AnnotationError, loadStory} from "../../loaders/index.js";

const {values} = parseArgs({options: {n: {type: "string"}}, strict: false});
const n = Number(values.n);

const {window} = new JSDOM("<!doctype html><html><head></head><body></body></html>");
// The components expect a browser's globals.
Object.assign(globalThis, {
  window,
  document: window.document,
  Node: window.Node,
  Element: window.Element,
  HTMLElement: window.HTMLElement,
  SVGElement: window.SVGElement,
  Document: window.Document,
  ShadowRoot: window.ShadowRoot,
  XMLSerializer: window.XMLSerializer
});

try {
  const {STEPS, resolveStep} = await import("../story-steps.js");
  const {pictureSvg} = await import("../components/staticPicture.js");
  const step = STEPS[n - 1];
  if (!Number.isInteger(n) || !step) throw new Error(`no story step ${values.n}; steps are 1 to ${STEPS.length}`);
  const {tables, meta} = loadStory(join("data", "wuzhen-2015"));
  const data = {...tables, story: meta};
  const state = {...resolveStep(step)} as Parameters<typeof pictureSvg>[1];
  process.stdout.write(pictureSvg(data, state, {width: 720}) + "\n");
} catch (error) {
  console.error(error instanceof AnnotationError ? error.message : error);
  process.exit(1);
}
