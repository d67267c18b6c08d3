// /embed/host.js: the host page's half of our iframe embeds. Include it once,
// anywhere on the page that holds the iframes:
//
//   <iframe data-wz-embed src="https://<site>/embed/grid" title="…"
//           style="display:block;width:100%;height:700px;border:0"></iframe>
//   <script type="module" src="https://<site>/embed/host.js"></script>
//
// It listens for the height message each embed posts ({type:
// "wz-embed-height", height}) and sets that iframe's height, but only when the
// message really comes from that iframe: `event.source` must be the iframe's
// own window and `event.origin` the origin of its `src`. Anything else (the
// host page, another frame, a frame that navigated elsewhere, a malformed
// height) is ignored. It also asks each embed for its height once the iframe
// has loaded (in case the first message was sent before this script ran) and
// after the page is resized.
// Iframes added later are handled too (they are looked up per message).
//
// Self-contained on purpose: no imports, so a host loads one small file.
// The two message types must match src/components/embedFrame.ts (a test checks).

export const HEIGHT_MESSAGE = "wz-embed-height";
export const MEASURE_REQUEST = "wz-embed-measure";
export const EMBED_SELECTOR = "iframe[data-wz-embed]";
/** Heights outside this range are not believed. */
const MAX_HEIGHT = 50_000;

function srcOrigin(iframe: HTMLIFrameElement): string | null {
  try {
    const url = new URL(iframe.src, iframe.ownerDocument.baseURI);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** Handles one message event: returns the iframe it resized, or null when it ignored the message. */
export function handleEmbedMessage(event: MessageEvent, doc: Document = document): HTMLIFrameElement | null {
  const data = event.data as {type?: unknown; height?: unknown} | null;
  if (!data || typeof data !== "object" || data.type !== HEIGHT_MESSAGE) return null;
  const height = typeof data.height === "number" ? data.height : NaN;
  if (!Number.isFinite(height) || height < 1 || height > MAX_HEIGHT) return null;
  if (!event.source) return null;
  for (const iframe of doc.querySelectorAll<HTMLIFrameElement>(EMBED_SELECTOR)) {
    if (iframe.contentWindow === null || event.source !== iframe.contentWindow) continue;
    if (event.origin !== srcOrigin(iframe)) return null;
    const px = `${Math.ceil(height)}px`;
    if (iframe.style.height !== px) iframe.style.height = px;
    return iframe;
  }
  return null;
}

/** Asks an embed to post its height again (only to the origin of its src). */
function requestHeight(iframe: HTMLIFrameElement): void {
  const origin = srcOrigin(iframe);
  const win = iframe.contentWindow;
  if (!origin || !win) return;
  // A frame on the host's own origin (still about:blank, or navigated away)
  // can be inspected: ask only if it really shows the embed's origin. (A
  // mismatched targetOrigin would only be dropped, but with a console error.)
  let current: string | null = null;
  try {
    current = win.location.origin;
  } catch {
    current = null; // another origin: the browser delivers the message only if it is the embed's
  }
  if (current !== null && (current !== origin || win.location.href === "about:blank")) return;
  win.postMessage({type: MEASURE_REQUEST}, origin);
}

/** Starts resizing the document's embeds; returns a function that stops. */
export function watchEmbeds(doc: Document = document): () => void {
  const win = doc.defaultView;
  if (!win) return () => {};
  const onMessage = (event: MessageEvent) => void handleEmbedMessage(event, doc);
  // `load` does not bubble, but it can be caught on the way down.
  const onLoad = (event: Event) => {
    const target = event.target;
    if (target instanceof win.HTMLIFrameElement && target.matches(EMBED_SELECTOR)) requestHeight(target);
  };
  // When the page is resized, the embeds reflow; ask them again, because a
  // frame that is off screen may not be rendering (and observing) right now.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onResize = () => {
    clearTimeout(timer);
    timer = setTimeout(() => doc.querySelectorAll<HTMLIFrameElement>(EMBED_SELECTOR).forEach(requestHeight), 100);
  };
  win.addEventListener("message", onMessage);
  win.addEventListener("resize", onResize);
  doc.addEventListener("load", onLoad, true);
  for (const iframe of doc.querySelectorAll<HTMLIFrameElement>(EMBED_SELECTOR)) requestHeight(iframe);
  return () => {
    clearTimeout(timer);
    win.removeEventListener("message", onMessage);
    win.removeEventListener("resize", onResize);
    doc.removeEventListener("load", onLoad, true);
  };
}

/** Started on import; `stop()` ends it (e.g. before a page removes its embeds for good). */
export const stop: () => void = typeof document === "undefined" ? () => {} : watchEmbeds(document);
