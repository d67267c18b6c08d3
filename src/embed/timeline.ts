// Exported module /embed/timeline.js: the timeline of events, for other sites.
//
//   const {Timeline} = await import("https://<site>/embed/timeline.js");
//   document.body.append(await Timeline({theme: "light", width: 800}));
//
// Returns a div whose shadow root holds the chart and its own styles. See render.ts.
import {embedModule, type EmbedOptions} from "./render.js";

export type {EmbedOptions};

/** The timeline of conferences, trial, indictment and context, with credit and links. */
export async function Timeline(options: EmbedOptions = {}): Promise<HTMLElement> {
  return embedModule("timeline", options);
}
