// Exported module /embed/map.js: the two-axis map of positions, for other sites.
//
//   const {StanceMap} = await import("https://<site>/embed/map.js");
//   document.body.append(await StanceMap({actor: ["amnesty", "xi-jinping"]}));
//
// Returns a div whose shadow root holds the chart and its own styles. See render.ts.
import {embedModule, type EmbedOptions} from "./render.js";

export type {EmbedOptions};

/** The map of actors' mean positions on the story's two axes, with credit and links. */
export async function StanceMap(options: EmbedOptions = {}): Promise<HTMLElement> {
  return embedModule("map", options);
}
