// Framework 1.13.4's page shell has three accessibility defects that no config
// option fixes (see README, "Framework patches"): `<html>` carries no `lang`,
// and the viewport meta sets `maximum-scale=1`, which blocks pinch zoom
// (WCAG 1.4.4), and the sidebar puts a <label> directly inside an <ol>. Patching the installed package fixes both `observable build`
// and `observable preview`. The script is idempotent and fails loudly when the
// text it expects is missing (a Framework upgrade must be looked at by hand);
// tests/e2e/site.spec.ts fails if any defect comes back.
import {readFileSync, writeFileSync, existsSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";

const require = createRequire(import.meta.url);
let renderPath;
try {
  renderPath = join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "render.js");
} catch {
  console.log("patch-framework: @observablehq/framework is not installed; nothing to patch");
  process.exit(0);
}
if (!existsSync(renderPath)) throw new Error(`patch-framework: ${renderPath} not found`);

const patches = [
  {name: "html lang", from: "<html>\n<head>", to: '<html lang="en">\n<head>'},
  {
    // axe "list": the sidebar's close <label> sits directly inside an <ol>.
    name: "sidebar list structure",
    from: '<nav id="observablehq-sidebar">\n  <ol>\n    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>',
    to: '<nav id="observablehq-sidebar">\n  <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>\n  <ol>'
  },
  {
    name: "zoomable viewport",
    from: '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">',
    to: '<meta name="viewport" content="width=device-width, initial-scale=1">'
  }
];

let text = readFileSync(renderPath, "utf8");
for (const {name, from, to} of patches) {
  if (text.includes(to)) continue; // already patched
  if (!text.includes(from)) {
    console.error(`patch-framework: cannot apply "${name}": expected text not found in ${renderPath}`);
    process.exit(1);
  }
  text = text.replace(from, to);
  console.log(`patch-framework: applied "${name}"`);
}
writeFileSync(renderPath, text);
