import {existsSync, readFileSync} from "node:fs";
import yaml from "js-yaml";

// Observable Framework configuration. Nothing here may make a page load from
// another origin: no global stylesheet (Framework's default pulls Google Fonts)
// and no dated footer (it would make two builds differ).
function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * A page's `description:` from its front matter. Framework 1.13 keeps only the
 * front-matter keys it knows (title, toc, head…) in `data`, so the page's
 * Markdown is read here. Missing file or key: no description.
 */
function pageDescription(path: string): string | null {
  const file = `src${path.endsWith("/") ? `${path}index` : path}.md`;
  if (!existsSync(file)) return null;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, "utf8"));
  const data = match ? (yaml.load(match[1]!, {schema: yaml.CORE_SCHEMA}) as Record<string, unknown> | null) : null;
  return typeof data?.description === "string" ? data.description : null;
}

export default {
  root: "src",
  title: "Every country its own internet? Xi at Wuzhen, 2015",
  globalStylesheets: [],
  style: "style.css",
  footer: "",
  // Every page: a meta description from its front matter (`description:`), and
  // an inline icon (no /favicon.ico request, whose 404 would cost Lighthouse points).
  head: ({path}: {path: string}) =>
    [
      ((description) => (description ? `<meta name="description" content="${escapeAttribute(description)}">` : ""))(pageDescription(path)),
      `<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='7' fill='%23b3261e'/%3E%3C/svg%3E">`
    ].join("\n"),
  // Exported modules for other sites (src/embed/*.ts → /embed/*.js): the
  // charts as functions, and the host page's iframe resizer. Not hashed, so
  // serve them with a short cache lifetime (the _import/_file assets they
  // load are hashed and can be cached for good).
  dynamicPaths: ["/embed/grid.js", "/embed/map.js", "/embed/timeline.js", "/embed/host.js"],
  toc: false,
  pager: false,
  search: false,
  // The story (/) is the sidebar's home link. Only pages that exist are
  // listed, so the sidebar never links to a missing page.
  pages: [
    {name: "Where they stand", path: "/stance-map"},
    {name: "Timeline", path: "/timeline"},
    {name: "The article", path: "/source"},
    {name: "Data", path: "/data"},
    {name: "Methodology", path: "/methodology"},
    {name: "Embed a chart", path: "/embed"}
  ].filter((page) => existsSync(`src${page.path === "/" ? "/index" : page.path}.md`))
};
