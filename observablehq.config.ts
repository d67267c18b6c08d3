import {existsSync} from "node:fs";

// Observable Framework configuration. Nothing here may make a page load from
// another origin: no global stylesheet (Framework's default pulls Google Fonts)
// and no dated footer (it would make two builds differ).
export default {
  root: "src",
  title: "Every country its own internet? Xi at Wuzhen, 2015",
  globalStylesheets: [],
  style: "style.css",
  footer: "",
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
