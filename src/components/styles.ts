// Components carry their own styles, so that the same element looks right on a
// Framework page, in a chrome-less iframe and in an exported module on another
// site (where Framework's CSS variables do not exist). Every component
// registers its CSS here; `adoptStyles` writes them into a document or a
// shadow root once.

const registry = new Map<string, string>();
/**
 * Shadow roots of exported embeds (see `followStyles`): they receive every
 * stylesheet, including those registered later (a card opened after load).
 * While there is one, `useStyles` leaves the document alone, so that an
 * embed's CSS never lands in the host page's <head>.
 */
const shadowTargets = new Set<ShadowRoot>();

/** Registers a component's CSS under a unique name and writes it into the current document (or into the embeds' shadow roots). */
export function useStyles(name: string, css: string, root?: Document | ShadowRoot): void {
  registry.set(name, css);
  const target = root ?? (shadowTargets.size > 0 || typeof document === "undefined" ? undefined : document);
  if (target) adoptStyles(target);
  for (const shadow of shadowTargets) adoptStyles(shadow);
}

/**
 * For exported embeds: writes every registered stylesheet into a shadow root
 * now and whenever a component registers one later, and keeps them out of the
 * document from then on. Returns a function that stops following.
 */
export function followStyles(root: ShadowRoot): () => void {
  shadowTargets.add(root);
  adoptStyles(root);
  return () => void shadowTargets.delete(root);
}

/** Writes every registered stylesheet into a document or shadow root (idempotent). */
export function adoptStyles(root: Document | ShadowRoot): void {
  const parent = root instanceof Document ? root.head : root;
  for (const [name, css] of registry) {
    if (parent.querySelector(`style[data-wz-style="${name}"]`)) continue;
    const style = (root instanceof Document ? root : root.ownerDocument).createElement("style");
    style.setAttribute("data-wz-style", name);
    style.textContent = css;
    parent.appendChild(style);
  }
}

/** All registered CSS, for embeds that inline it. */
export function allStyles(): string {
  return [...registry.values()].join("\n");
}

/**
 * Design tokens. Colours were chosen for WCAG 2.2: text ≥ 4.5:1 and marks ≥ 3:1
 * against the background in both themes. `.wz` follows the reader's colour
 * scheme unless `data-theme="light"` or `"dark"` forces one (embeds).
 */
export const BASE_CSS = `
/* Light tokens by default, dark under the reader's dark scheme; a forced
   data-theme wins over both, for the element and every .wz nested in it
   (a card inside a forced-dark embed stays dark). */
.wz {
  --wz-fg: #1b1e23; --wz-bg: #ffffff; --wz-muted: #50565f; --wz-rule: #767c85; --wz-faint: #eceef1;
  --wz-focus: #0b57d0; --wz-favor: #b3261e; --wz-against: #0b57d0; --wz-none: #5f6368; --wz-mixed: #7b1fa2;
  --wz-mention: #1b1e23; --wz-context: #6a4c00; --wz-highlight: #fff3c4;
  --wz-sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif;
  color: var(--wz-fg); font-family: var(--wz-sans); font-size: 15px; line-height: 1.45;
}
@media (prefers-color-scheme: dark) {
  .wz {
  --wz-fg: #e8eaed; --wz-bg: #161719; --wz-muted: #b0b5bc; --wz-rule: #8a9099; --wz-faint: #2a2c30;
  --wz-focus: #8ab4f8; --wz-favor: #f28b82; --wz-against: #8ab4f8; --wz-none: #aab0b8; --wz-mixed: #d7aefb;
  --wz-mention: #e8eaed; --wz-context: #f2c35e; --wz-highlight: #4a3f10;
  }
}
.wz[data-theme="light"], .wz[data-theme="light"] .wz {
  --wz-fg: #1b1e23; --wz-bg: #ffffff; --wz-muted: #50565f; --wz-rule: #767c85; --wz-faint: #eceef1;
  --wz-focus: #0b57d0; --wz-favor: #b3261e; --wz-against: #0b57d0; --wz-none: #5f6368; --wz-mixed: #7b1fa2;
  --wz-mention: #1b1e23; --wz-context: #6a4c00; --wz-highlight: #fff3c4;
}
.wz[data-theme="dark"], .wz[data-theme="dark"] .wz {
  --wz-fg: #e8eaed; --wz-bg: #161719; --wz-muted: #b0b5bc; --wz-rule: #8a9099; --wz-faint: #2a2c30;
  --wz-focus: #8ab4f8; --wz-favor: #f28b82; --wz-against: #8ab4f8; --wz-none: #aab0b8; --wz-mixed: #d7aefb;
  --wz-mention: #e8eaed; --wz-context: #f2c35e; --wz-highlight: #4a3f10;
}
.wz[data-theme] { background: var(--wz-bg); }
.wz *, .wz *::before, .wz *::after { box-sizing: border-box; }
.wz :focus-visible { outline: 3px solid var(--wz-focus); outline-offset: 2px; }
.wz button { font: inherit; color: inherit; }
.wz .wz-sr { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.wz .wz-muted { color: var(--wz-muted); }
.wz .wz-notice { border-left: 4px solid var(--wz-focus); padding: .5em .75em; margin: .5em 0; background: var(--wz-faint); }
.wz .wz-button {
  min-height: 32px; min-width: 32px; padding: .25em .75em; border: 1px solid var(--wz-rule); border-radius: 4px;
  background: transparent; cursor: pointer;
}
.wz .wz-button:hover { background: var(--wz-faint); }
.wz svg text { fill: var(--wz-fg); font-family: var(--wz-sans); }
@media (prefers-reduced-motion: reduce) { .wz *, .wz *::before, .wz *::after { transition-duration: 0s !important; animation-duration: 0s !important; } }
`;

// Registered, not written: the first component to call useStyles writes it
// where that component lives (the document, or an embed's shadow root).
registry.set("base", BASE_CSS);
