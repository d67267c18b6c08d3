// The glue every explorer page shares: read `?actor=` on load, show a notice
// for unknown ids, keep the filter, the store and the URL in step, and follow
// back and forward. Pages subscribe their views to the returned store.
import {ActorFilter, UnknownActorNotice, type ActorFilterElement, type ActorOption} from "./ActorFilter.js";
import {createFilterStore, type FilterStore} from "./filterState.js";
import {bindActorUrl, parseActorParam} from "./urlState.js";
import {el, replaceChildren} from "./dom.js";

export interface BoundFilter {
  /** The filter and the notice, to place on the page. */
  element: HTMLElement;
  filter: ActorFilterElement;
  store: FilterStore;
  dispose(): void;
}

export function bindActorFilter(actors: readonly ActorOption[], options: {id?: string; legend?: string; countLabel?: string} = {}): BoundFilter {
  const ids = actors.map((a) => a.id);
  const initial = parseActorParam(location.search, ids);
  const store = createFilterStore({actors: initial.actors});
  const notice = UnknownActorNotice(initial.unknown);
  const filter = ActorFilter(actors, {...options, selected: initial.actors, onChange: (next) => store.set({actors: next}, "filter")});
  const url = bindActorUrl(ids, (param) => {
    const fresh = UnknownActorNotice(param.unknown);
    replaceChildren(notice, ...fresh.childNodes);
    notice.hidden = fresh.hidden;
    store.set({actors: param.actors}, "url");
  });
  const unsubscribe = store.subscribe((state, origin) => {
    filter.update(state);
    if (origin === "filter") url.pushActors(state.actors);
  });
  return {
    element: el("div", {class: "wz-filter-block"}, notice, filter),
    filter,
    store,
    dispose() {
      unsubscribe();
      url.dispose();
    }
  };
}
