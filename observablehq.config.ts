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
  // Pages are added here as they are built, so that the sidebar never links to a missing page.
  pages: [
    {name: "The story", path: "/"},
    {name: "Data", path: "/data"}
  ]
};
