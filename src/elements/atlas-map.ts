// <atlas-map>: upgrades the static map page. The filters apply at once and live in the URL
// (history.pushState, back/forward restore them); the summary, legend and list follow; Leaflet and
// the base map load with import() only here. If anything fails, the static page stays as it was.
import type { MapData } from '../lib/map/map-data';
import { distinctionOptions, filterMap, groupByRegion, legendFor, mapSummary, type MapEntry } from '../lib/map/filter';
import { legendHtml, listHtml } from '../lib/map/html';
import { ALL_EDITIONS, MAP_PARAMS, mapStateQuery, parseMapState, sameMapState, type MapState } from '../lib/map/state';
import { frMap } from '../i18n/fr';
import type { MapController } from './map/leaflet-map';

/** Territories written into the list at once; more on request, so that 10,000 stay quick. */
const LIST_STEP = 250;

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} : ${response.status}`);
  return response;
}

class AtlasMap extends HTMLElement {
  /** The data of the view shown: one edition's file, or every edition's (`data-src`). */
  #data?: MapData;
  /** Each file asked for, by edition ('toutes' for every edition): each is fetched once. */
  #files = new Map<string, Promise<MapData>>();
  /** Counts the views asked for, so that a late file never replaces a newer view. */
  #request = 0;
  /** The state once started ('ready', or 'list-only' without the map): `data-state` says 'loading' while a view's file loads. */
  #settled?: string;
  /** Views whose file is loading. */
  #pending = 0;
  #state?: MapState;
  #entries: MapEntry[] = [];
  #map?: MapController;
  #listLimit = LIST_STEP;

  connectedCallback(): void {
    void this.#start();
  }

  get #embed(): boolean {
    return this.hasAttribute('data-embed');
  }

  #part<T extends Element = HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-${name}]`);
  }

  /**
   * The data for an edition (a year, or 'toutes'): the edition's own file when the page names one
   * (`data-edition-src`, with « {edition} » for the year), else the file of every edition. Every file
   * has the same editions, kinds, départements and régions, so any of them reads the URL and the form.
   */
  #dataFor(edition: number | string): Promise<MapData> {
    const template = this.dataset.editionSrc;
    const key = template && edition !== ALL_EDITIONS ? String(edition) : ALL_EDITIONS;
    let file = this.#files.get(key);
    if (!file) {
      const url = key === ALL_EDITIONS ? this.dataset.src! : template!.replace('{edition}', key);
      file = fetchOk(url).then((response) => response.json() as Promise<MapData>);
      this.#files.set(key, file);
      file.catch(() => this.#files.delete(key));
    }
    return file;
  }

  /** The edition the address asks for, before any data is known: a year, 'toutes', or the default. */
  #requestedEdition(): string {
    const asked = new URLSearchParams(location.search).get(MAP_PARAMS.edition)?.trim();
    if (asked === ALL_EDITIONS || (asked && /^\d{4}$/.test(asked))) return asked;
    return this.dataset.defaultEdition ?? ALL_EDITIONS;
  }

  async #start(): Promise<void> {
    performance.mark('atlas-map:debut');
    // Start every download at once: the map module, the data of the view asked for and the base map.
    const mapModule = import('./map/leaflet-map');
    const baseMap = fetchOk(this.dataset.baseMap!).then((response) => response.text());
    mapModule.catch(() => undefined);
    baseMap.catch(() => undefined);
    try {
      // A year that is not an edition has no file: the default view's data then.
      this.#data = await this.#dataFor(this.#requestedEdition()).catch(() => this.#dataFor(this.dataset.defaultEdition ?? ALL_EDITIONS));
    } catch (error) {
      console.warn('Carte : données indisponibles, la liste complète est affichée.', error);
      const list = this.#part('list');
      const fallback = list?.querySelector('noscript');
      // With scripting on, a <noscript> holds its markup as text.
      if (list && fallback) list.innerHTML = fallback.textContent ?? '';
      return;
    }
    performance.mark('atlas-map:donnees');
    const data = this.#data;
    this.#state = parseMapState(location.search, data);
    this.#setupForm();
    this.#setupEmbedCode();
    window.addEventListener('popstate', () => void this.#show(parseMapState(location.search, data), { fit: true }));
    this.#part('list')?.addEventListener('click', (event) => this.#onListClick(event));
    this.#apply(this.#state, { fit: false, list: false });
    try {
      const [{ createMap }, topology] = await Promise.all([mapModule, baseMap]);
      this.#map = createMap(this.#part('map')!, data, topology, {
        base: this.dataset.base ?? '/',
        helpId: this.#part('map-help')?.id,
      });
      this.#map.show(this.#entries, this.#state.region ?? undefined);
    } catch (error) {
      console.warn('Carte : la carte interactive n’a pas pu être créée, la carte statique reste affichée.', error);
    }
    // Let the map paint first (marked for scripts/bench/map.ts), then write the list for the view.
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('atlas-map:rendu');
        this.#renderList();
        performance.mark('atlas-map:liste');
        this.#settled = this.#map ? 'ready' : 'list-only';
        this.dataset.state = this.#pending > 0 ? 'loading' : this.#settled;
      }),
    );
  }

  /** Shows a state once its edition's data is there (fetched the first time it is asked for). */
  async #show(state: MapState, options: { push?: boolean; fit?: boolean } = {}): Promise<void> {
    const request = ++this.#request;
    this.#pending++;
    if (this.#settled) this.dataset.state = 'loading';
    try {
      const data = await this.#dataFor(state.edition);
      if (request !== this.#request) return;
      this.#data = data;
      this.#apply(state, options);
    } catch (error) {
      console.warn('Carte : données de cette édition indisponibles.', error);
    } finally {
      this.#pending--;
      if (this.#pending === 0 && this.#settled) this.dataset.state = this.#settled;
    }
  }

  /** Shows a state with the data in hand: form, summary, legend, list, map, links; `push` adds a history entry. */
  #apply(state: MapState, { push = false, fit = true, list = true }: { push?: boolean; fit?: boolean; list?: boolean } = {}): void {
    const data = this.#data!;
    const previous = this.#state!;
    this.#state = state;
    this.#entries = filterMap(data, state);
    if (push) history.pushState(null, '', `${location.pathname}${mapStateQuery(state, data)}`);
    this.#syncForm();
    const summary = this.#part('summary');
    if (summary) summary.textContent = mapSummary(data, state, this.#entries);
    const legend = this.#part('legend');
    if (legend) legend.innerHTML = legendHtml(legendFor(data, state, this.#entries), { areas: data.territories.some((t) => t.area) });
    this.#listLimit = LIST_STEP;
    if (list) this.#renderList();
    if (this.#map) this.#map.show(this.#entries, fit && state.region !== previous.region ? (state.region ?? 'france') : undefined);
    this.#updateLinks();
  }

  /** Writes the list of the view, by région, the first `#listLimit` territories with a button for more. */
  #renderList(): void {
    const list = this.#part('list');
    if (!list) return;
    const data = this.#data!;
    const groups = groupByRegion(this.#entries, data);
    const ordered = groups.flatMap((group) => group.items);
    const shown = ordered.slice(0, this.#listLimit);
    // The first territories of the view, by région; each heading still counts all of its région.
    let left = shown.length;
    const shownGroups = groups
      .map((group) => {
        const items = group.items.slice(0, left);
        left -= items.length;
        return { ...group, items, total: group.items.length };
      })
      .filter((group) => group.items.length > 0);
    const more =
      ordered.length > shown.length
        ? `<p class="tnl-more"><button type="button" data-more>${frMap.more(Math.min(LIST_STEP, ordered.length - shown.length), shown.length, ordered.length)}</button></p>`
        : '';
    list.innerHTML =
      shown.length > 0
        ? listHtml(shownGroups, data, {
            base: this.dataset.base ?? '/',
            mode: 'view',
            idPrefix: this.#embed ? 'e-region' : 'region',
          }) + more
        : `<p>${frMap.noResult}</p>`;
  }

  #setupForm(): void {
    const form = this.#part<HTMLFormElement>('filters');
    if (!form) return;
    this.#part('submit')?.setAttribute('hidden', '');
    const read = () => parseMapState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>), this.#data!);
    const onChange = () => {
      const next = read();
      if (!sameMapState(next, this.#state!)) void this.#show(next, { push: true });
    };
    form.addEventListener('change', onChange);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      onChange();
    });
  }

  /** Puts the state in the form; the distinction choices follow the selected edition's scale. */
  #syncForm(): void {
    const form = this.#part<HTMLFormElement>('filters');
    if (!form) return;
    const state = this.#state!;
    const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;
    const distinction = select(MAP_PARAMS.distinction);
    if (distinction) {
      const options = distinctionOptions(this.#data!, state.edition);
      distinction.replaceChildren(
        new Option(frMap.allDistinctions, ''),
        ...options.map((option) => new Option(option.label, option.value)),
      );
    }
    const values: Record<string, string> = {
      [MAP_PARAMS.edition]: String(state.edition),
      [MAP_PARAMS.distinction]: state.distinction ?? '',
      [MAP_PARAMS.kind]: state.kind ?? '',
      [MAP_PARAMS.region]: state.region ?? '',
    };
    for (const [name, value] of Object.entries(values)) {
      const element = select(name);
      if (element) element.value = value;
    }
  }

  #onListClick(event: Event): void {
    if ((event.target as Element).closest('[data-more]')) {
      // The focus goes to the first territory just added.
      const first = this.#listLimit;
      this.#listLimit += LIST_STEP;
      this.#renderList();
      this.#part('list')?.querySelectorAll<HTMLAnchorElement>('li[data-slug] > a')[first]?.focus();
      return;
    }
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-locate]');
    if (!button || !this.#map) return;
    this.#part('map')?.scrollIntoView({ block: 'nearest' });
    this.#map.locate(button.dataset.locate!, button);
  }

  #setupEmbedCode(): void {
    const code = this.#part<HTMLTextAreaElement>('embed-code');
    const copy = this.#part<HTMLButtonElement>('copy');
    const status = this.#part('copy-status');
    if (!code || !copy || !status) return;
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.value);
        status.textContent = frMap.copied;
      } catch {
        code.select();
        status.textContent = frMap.copyFailed;
      }
    });
  }

  /** The embed snippet, the embedded map's heading and its link back follow the view; the snippet always names its edition. */
  #updateLinks(): void {
    const query = mapStateQuery(this.#state!, this.#data!);
    const code = this.#part<HTMLTextAreaElement>('embed-code');
    if (code) {
      const src = `${code.dataset.embedSrc}${mapStateQuery(this.#state!, this.#data!, { namedEdition: true })}`;
      code.value = code.value
        .replace(/src="[^"]*"/, `src="${src.replace(/&/g, '&amp;')}"`)
        .replace(/title="[^"]*"/, `title="${frMap.embedHeading(this.#state!.edition)}"`);
    }
    const title = document.querySelector('[data-embed-title]');
    if (title && this.#embed) title.textContent = frMap.embedHeading(this.#state!.edition);
    const full = this.#part<HTMLAnchorElement>('full-link');
    if (full) full.setAttribute('href', `${full.getAttribute('href')!.split('?')[0]}${query}`);
  }
}

if (!customElements.get('atlas-map')) customElements.define('atlas-map', AtlasMap);
