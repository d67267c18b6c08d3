// Choose one or several actors. Native checkboxes inside a fieldset: Tab
// reaches the group, Space toggles, and screen readers announce name, count
// and state without any ARIA to get wrong. A search box narrows long lists.
import {el, replaceChildren} from "./dom.js";
import {useStyles} from "./styles.js";

export interface ActorOption {
  id: string;
  name: string;
  /** Shown beside the name, e.g. the number of claims. */
  count?: number;
}

export interface ActorFilterOptions {
  selected?: readonly string[];
  /** Called with the new selection when the reader changes it. */
  onChange?: (actors: string[]) => void;
  legend?: string;
  /** What the count counts, for screen readers ("claims"). */
  countLabel?: string;
  /** Show a search box when there are more options than this. */
  searchAbove?: number;
  /** Prefix for element ids, unique on the page. */
  id?: string;
}

export type ActorFilterElement = HTMLElement & {update(state: {actors: readonly string[]}): void};

const CSS = `
.wz-actor-filter { border: 1px solid var(--wz-rule); border-radius: 6px; padding: .5em .75em .75em; margin: 0 0 1em; min-width: 0; }
.wz-actor-filter legend { font-weight: 600; padding: 0 .25em; }
.wz-actor-filter .wz-af-list { list-style: none; margin: .25em 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25em .5em; max-height: 16em; overflow-y: auto; }
.wz-actor-filter .wz-af-list li { margin: 0; }
.wz-actor-filter label { display: inline-flex; align-items: center; gap: .4em; min-height: 32px; padding: .1em .6em .1em .4em; border: 1px solid var(--wz-rule); border-radius: 16px; cursor: pointer; }
.wz-actor-filter label:has(input:checked) { background: var(--wz-fg); color: var(--wz-bg); border-color: var(--wz-fg); }
.wz-actor-filter input { width: 18px; height: 18px; margin: 0; accent-color: var(--wz-focus); }
.wz-actor-filter .wz-af-count { font-variant-numeric: tabular-nums; opacity: .85; }
.wz-actor-filter .wz-af-bar { display: flex; flex-wrap: wrap; gap: .5em; align-items: center; margin-bottom: .25em; }
.wz-actor-filter .wz-af-search { min-height: 32px; padding: .2em .5em; border: 1px solid var(--wz-rule); border-radius: 4px; background: transparent; color: inherit; font: inherit; }
`;

export function ActorFilter(actors: readonly ActorOption[], options: ActorFilterOptions = {}): ActorFilterElement {
  useStyles("actor-filter", CSS);
  const {onChange, legend = "Filter by actor", countLabel = "claims", searchAbove = 16, id = "actor-filter"} = options;
  let selected = new Set(options.selected ?? []);

  const status = el("p", {class: "wz-sr", role: "status", "aria-live": "polite"});
  const clear = el("button", {type: "button", class: "wz-button", "data-action": "clear"}, "Show all actors");
  const list = el("ul", {class: "wz-af-list"});
  const search = el("input", {type: "search", class: "wz-af-search", id: `${id}-search`, placeholder: "Find an actor", "aria-label": "Find an actor"});
  const bar = el("div", {class: "wz-af-bar"}, clear, actors.length > searchAbove ? search : null);
  const root = el("fieldset", {class: "wz wz-actor-filter", id}, el("legend", {}, legend), bar, list, status) as unknown as ActorFilterElement;

  const boxes = new Map<string, HTMLInputElement>();
  for (const actor of actors) {
    const input = el("input", {type: "checkbox", value: actor.id, id: `${id}-${actor.id}`, name: `${id}-actor`});
    boxes.set(actor.id, input);
    const count = actor.count === undefined ? null : el("span", {class: "wz-af-count"}, el("span", {"aria-hidden": "true"}, String(actor.count)), el("span", {class: "wz-sr"}, `, ${actor.count} ${countLabel}`));
    list.append(el("li", {"data-actor": actor.id}, el("label", {for: `${id}-${actor.id}`}, input, el("span", {}, actor.name), count)));
  }

  const names = new Map(actors.map((a) => [a.id, a.name]));
  function render() {
    for (const [actorId, box] of boxes) box.checked = selected.has(actorId);
    clear.disabled = selected.size === 0;
    status.textContent = selected.size === 0 ? "Showing all actors" : `Showing ${[...selected].map((s) => names.get(s) ?? s).join(", ")}`;
  }
  function emit() {
    render();
    // Keep the order of the option list, so that the URL is stable.
    onChange?.(actors.map((a) => a.id).filter((a) => selected.has(a)));
  }

  list.addEventListener("change", (event) => {
    const input = event.target as HTMLInputElement;
    if (input.checked) selected.add(input.value);
    else selected.delete(input.value);
    emit();
  });
  clear.addEventListener("click", () => {
    selected = new Set();
    emit();
  });
  search.addEventListener("input", () => {
    const q = search.value.trim().toLowerCase();
    for (const li of list.children) {
      const name = names.get((li as HTMLElement).dataset.actor ?? "") ?? "";
      (li as HTMLElement).hidden = q !== "" && !name.toLowerCase().includes(q);
    }
  });

  root.update = ({actors: next}) => {
    selected = new Set(next);
    render();
  };
  render();
  return root;
}

/** Renders the notice for `?actor=` values that are not known actors (as text). */
export function UnknownActorNotice(unknown: readonly string[]): HTMLElement {
  const notice = el("p", {class: "wz wz-notice", role: "status"});
  if (unknown.length) {
    replaceChildren(
      notice,
      `No actor matches ${unknown.map((u) => `“${u}”`).join(", ")} from the address, so ${unknown.length === 1 ? "it is" : "they are"} ignored. Showing `,
      "the other actors chosen, or everyone."
    );
  } else notice.hidden = true;
  return notice;
}
