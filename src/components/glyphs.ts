// Stance glyphs: shape carries the meaning and colour only repeats it, so the
// grid reads in greyscale and for colour-blind readers.
// favor ● filled disc · against ✕ cross · none – bar · mixed ◐ half disc.
import {svg} from "./dom.js";
import type {Stance} from "../../loaders/tables.js";

export type StanceOrMixed = Stance | "mixed";

export const STANCE_LABEL: Record<StanceOrMixed, string> = {
  favor: "in favour",
  against: "against",
  none: "no stance",
  mixed: "mixed"
};

export const STANCE_COLOR: Record<StanceOrMixed, string> = {
  favor: "var(--wz-favor)",
  against: "var(--wz-against)",
  none: "var(--wz-none)",
  mixed: "var(--wz-mixed)"
};

/** A glyph centred on (0, 0) with radius r. */
export function stanceGlyph(stance: StanceOrMixed, r = 7): SVGGElement {
  const color = STANCE_COLOR[stance];
  const g = svg("g", {class: `wz-glyph wz-glyph-${stance}`, "aria-hidden": "true"});
  const w = Math.max(2, r / 3);
  switch (stance) {
    case "favor":
      g.append(svg("circle", {r, fill: color, stroke: color}));
      break;
    case "against": {
      const d = r * 0.8;
      g.append(svg("path", {d: `M${-d},${-d}L${d},${d}M${-d},${d}L${d},${-d}`, stroke: color, "stroke-width": w, "stroke-linecap": "round", fill: "none"}));
      break;
    }
    case "none":
      g.append(svg("path", {d: `M${-r},0H${r}`, stroke: color, "stroke-width": w, "stroke-linecap": "round"}));
      break;
    case "mixed":
      g.append(svg("circle", {r: r - w / 2, fill: "none", stroke: color, "stroke-width": w}));
      g.append(svg("path", {d: `M0,${-r}A${r},${r} 0 0 1 0,${r}Z`, fill: color}));
      break;
  }
  return g;
}

/** A standalone inline SVG glyph, for legends and cards. */
export function stanceIcon(stance: StanceOrMixed, size = 16): SVGSVGElement {
  const icon = svg("svg", {width: size, height: size, viewBox: `${-size / 2} ${-size / 2} ${size} ${size}`, class: "wz-icon", "aria-hidden": "true", focusable: "false"});
  icon.append(stanceGlyph(stance, size / 2 - 2));
  return icon;
}
