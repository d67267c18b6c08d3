// Tiny DOM builders. Text is only ever set as text (never parsed as HTML), so
// anything that comes from annotations or the URL is inert by construction.

export type Child = Node | string | number | null | undefined | false | readonly Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child as readonly Child[]) append(parent, c);
  } else if (child instanceof Node) {
    parent.appendChild(child);
  } else {
    parent.appendChild(document.createTextNode(String(child)));
  }
}

function setAttrs(node: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") node.addEventListener(name.replace(/^on/, ""), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
}

/** Creates an HTML element: `el("p", {class: "x"}, "text", child)`. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

export const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element with attributes and children. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** Replaces all children of a node. */
export function replaceChildren(node: Node, ...children: Child[]): void {
  while (node.firstChild) node.removeChild(node.firstChild);
  append(node, children);
}

/**
 * Makes `wanted` the children of `parent`, in order, moving as few nodes as
 * possible: nodes already in place stay (no re-layout of unchanged rows, focus
 * kept), others are removed or inserted. For views that keep their rows
 * between updates instead of re-creating them.
 */
export function syncChildren(parent: Node, wanted: readonly Node[]): void {
  const keep = new Set(wanted);
  for (let child = parent.firstChild; child; ) {
    const next = child.nextSibling;
    if (!keep.has(child)) parent.removeChild(child);
    child = next;
  }
  let cursor = parent.firstChild;
  for (const node of wanted) {
    if (node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node, cursor);
  }
}

/**
 * A per-instance id prefix, derived from a caller-supplied key rather than a
 * module-level counter, so that SVG snapshots stay identical between runs.
 */
export function idPrefix(key: string): string {
  return `wz-${key.replace(/[^a-z0-9-]/gi, "-")}`;
}

/**
 * The focused element as seen from `node`'s tree: inside a shadow root (an
 * embedded module) `document.activeElement` is the shadow host, not the
 * focused control, so components ask their own root.
 */
export function activeElementIn(node: Node): Element | null {
  if (typeof document === "undefined") return null;
  const root = node.getRootNode() as Partial<DocumentOrShadowRoot>;
  return root.activeElement !== undefined ? root.activeElement : document.activeElement;
}
