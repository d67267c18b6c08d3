// Exported module /embed/grid.js: the "where they stand" grid, for other sites.
//
//   const {StanceGrid} = await import("https://<site>/embed/grid.js");
//   document.body.append(await StanceGrid({actor: "amnesty", theme: "dark"}));
//
// Returns a div whose shadow root holds the chart and its own styles (the
// host page's CSS cannot reach in, ours cannot leak out). Data and links are
// loaded from the site that serves this module. See render.ts.
import {embedModule, type EmbedOptions} from "./render.js";

export type {EmbedOptions};

/** The grid of stances (actors × topics), with credit and links. */
export async function StanceGrid(options: EmbedOptions = {}): Promise<HTMLElement> {
  return embedModule("grid", options);
}
