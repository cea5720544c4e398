// <atlas-search>: turns the GET form of /recherche/ into live results. Two sources answer each
// query: the commune lookup (every current commune, from small JSON files loaded on demand) and
// the full-text index of the site's pages (Pagefind, loaded on first use). The form keeps working
// as a plain link (?q=…&edition=…) and without JavaScript.
import { frSearch as t } from '../i18n/fr';
import {
  codeShardFor,
  MAX_NAME_SHARDS,
  matchCommunes,
  nameShardsFor,
  parseLookupQuery,
  type CommuneMatch,
  type LookupShard,
} from '../lib/search/commune-lookup';
import { resolveCoverage, type CoverageItem, type CoverageTerritory } from '../lib/search/coverage';
import { coverageHeadline, datedResult } from '../lib/search/coverage-answer';
import type { LookupIndexFile } from '../lib/search/lookup-files';
import { SEARCH_FILTERS, type SearchFilter } from '../lib/search/facets';
import { distinctionClass } from '../lib/look';
import { expandAbbreviations, foldText } from '../lib/text';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: { baseUrl: string; excerptLength?: number; ranking?: Record<string, number> }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Partial<Record<SearchFilter, string>> },
  ): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> }>;
}

type LookupOutcome =
  | { kind: 'idle' }
  | { kind: 'matches'; matches: CommuneMatch[]; total: number; index: LookupIndexFile }
  | { kind: 'message'; text: string }
  | { kind: 'none' }
  | { kind: 'error' };

type PagesOutcome = { kind: 'results'; results: Array<{ data(): Promise<PagefindResult> }> } | { kind: 'error' };

/** Communes shown per query; the others are counted. */
const SHOWN_COMMUNES = 8;
/** Page results shown at first, and added by "more". */
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 180;

class AtlasSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #selects = new Map<SearchFilter, HTMLSelectElement>();
  #status!: HTMLElement;
  #none!: HTMLElement;
  #communes!: HTMLElement;
  #communeList!: HTMLElement;
  #pages!: HTMLElement;
  #pageList!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #token = 0;
  #timer: number | undefined;
  #pagefind: Promise<Pagefind> | undefined;
  #index: Promise<LookupIndexFile> | undefined;
  #shards = new Map<string, Promise<LookupShard>>();
  #pageResults: Array<{ data(): Promise<PagefindResult> }> = [];

  connectedCallback() {
    const form = this.querySelector('form')!;
    this.#input = form.querySelector('input[name="q"]')!;
    for (const name of SEARCH_FILTERS) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      if (select) this.#selects.set(name, select);
    }
    this.#status = this.querySelector('[data-status]')!;
    this.#none = this.querySelector('[data-none]')!;
    this.#communes = this.querySelector('[data-communes]')!;
    this.#communeList = this.querySelector('[data-communes-list]')!;
    this.#pages = this.querySelector('[data-pages]')!;
    this.#pageList = this.querySelector('[data-pages-list]')!;
    this.#more = this.querySelector('[data-more]')!;
    this.querySelector<HTMLElement>('[data-no-js]')!.hidden = true;

    const params = new URLSearchParams(location.search);
    this.#input.value = params.get('q') ?? '';
    for (const [name, select] of this.#selects) {
      const value = params.get(name);
      if (value && [...select.options].some((o) => o.value === value)) select.value = value;
    }
    // The filters are folded under the field: a filter set by the address is shown, not hidden.
    const folded = form.querySelector<HTMLDetailsElement>('[data-filters]');
    if (folded && this.#activeFilters().length) folded.open = true;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#run();
    });
    this.#input.addEventListener('input', () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#run(), DEBOUNCE_MS);
    });
    this.#input.addEventListener('focus', () => this.#warmUp(), { once: true });
    for (const select of this.#selects.values()) select.addEventListener('change', () => this.#run());
    this.#more.addEventListener('click', () => this.#showMorePages());
    if (this.#input.value || this.#activeFilters().length) this.#run();
  }

  /** Starts loading the search engines before the first keystroke. */
  #warmUp() {
    this.#loadPagefind().catch(() => undefined);
    this.#loadIndex().catch(() => undefined);
  }

  #activeFilters(): Array<[SearchFilter, string]> {
    return [...this.#selects].flatMap(([name, select]) => (select.value ? [[name, select.value] as [SearchFilter, string]] : []));
  }

  async #run() {
    window.clearTimeout(this.#timer);
    const query = this.#input.value.trim();
    const filters = this.#activeFilters();
    this.#updateUrl(query, filters);
    const token = ++this.#token;
    if (!query && filters.length === 0) {
      this.#status.textContent = '';
      this.#none.hidden = true;
      this.#communes.hidden = true;
      this.#pages.hidden = true;
      return;
    }
    const pagesPromise = this.#searchPages(query, filters);
    // Communes first: their files are small and often already cached.
    const lookup = await this.#lookup(query);
    if (token !== this.#token) return;
    this.#renderCommunes(lookup);
    const pages = await pagesPromise;
    if (token !== this.#token) return;
    const pageCount = pages.kind === 'results' ? pages.results.length : 0;
    await this.#renderPages(pages);
    if (token !== this.#token) return;
    const communeCount = lookup.kind === 'matches' ? lookup.total : lookup.kind === 'none' ? 0 : undefined;
    const nothing = lookup.kind === 'none' && pages.kind === 'results' && pageCount === 0;
    this.#none.hidden = !nothing;
    if (nothing) this.#pages.hidden = true;
    this.#status.textContent = nothing ? t.status.none(query) : t.status.results(communeCount, pageCount);
    // Which query the results on screen answer (for tests and benchmarks).
    this.dataset.resultsFor = query;
  }

  #updateUrl(query: string, filters: Array<[SearchFilter, string]>) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, value] of filters) params.set(name, value);
    const search = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  // --- commune lookup -------------------------------------------------------------------------

  #loadIndex(): Promise<LookupIndexFile> {
    this.#index ??= fetchJson<LookupIndexFile>(`${this.dataset.lookup}index.json`).catch((error: unknown) => {
      this.#index = undefined;
      throw error;
    });
    return this.#index;
  }

  #loadShard(path: string): Promise<LookupShard> {
    let shard = this.#shards.get(path);
    if (!shard) {
      shard = fetchJson<LookupShard>(`${this.dataset.lookup}${path}.json`);
      shard.catch(() => this.#shards.delete(path));
      this.#shards.set(path, shard);
    }
    return shard;
  }

  async #lookup(raw: string): Promise<LookupOutcome> {
    const query = parseLookupQuery(raw);
    if (query.kind === 'empty') return { kind: 'idle' };
    if (query.kind === 'short') return { kind: 'message', text: query.expects === 'code' ? t.communes.shortCode : t.communes.shortName };
    try {
      const index = await this.#loadIndex();
      let paths: string[];
      if (query.kind === 'code') {
        const key = codeShardFor(query.code, index.codes);
        paths = key ? [`codes/${key}`] : [];
      } else {
        const keys = nameShardsFor(query.key, index.names);
        if (keys.length > MAX_NAME_SHARDS) return { kind: 'message', text: t.communes.tooBroad };
        paths = keys.map((key) => `noms/${key}`);
      }
      const shards = await Promise.all(paths.map((path) => this.#loadShard(path)));
      const matches = matchCommunes(query, shards, Infinity);
      return matches.length
        ? { kind: 'matches', matches: matches.slice(0, SHOWN_COMMUNES), total: matches.length, index }
        : { kind: 'none' };
    } catch {
      return { kind: 'error' };
    }
  }

  #renderCommunes(outcome: LookupOutcome) {
    this.#communeList.replaceChildren();
    this.#communes.hidden = outcome.kind === 'idle' || outcome.kind === 'none';
    if (outcome.kind === 'message' || outcome.kind === 'error') {
      this.#communeList.append(h('p', { class: 'notice' }, outcome.kind === 'error' ? t.communes.loadError : outcome.text));
      return;
    }
    if (outcome.kind !== 'matches') return;
    const list = h('ol', { class: 'communes' });
    for (const { commune } of outcome.matches) list.append(this.#communeItem(commune, outcome.index));
    this.#communeList.append(list);
    const hidden = outcome.total - outcome.matches.length;
    if (hidden > 0) this.#communeList.append(h('p', { class: 'muted' }, t.communes.more(hidden)));
  }

  #communeItem(commune: CommuneMatch['commune'], index: LookupIndexFile): HTMLElement {
    const coverage = resolveCoverage(commune, index.coverage);
    const where = [
      coverage.departement ? `${coverage.departement.name} (${coverage.departement.code})` : commune.departement,
      coverage.region?.name,
    ]
      .filter(Boolean)
      .join(' · ');
    const item = h('li', { class: 'commune' }, h('h3', {}, commune.name, ' ', h('span', { class: 'where' }, where)));
    if (commune.via) item.append(h('p', { class: 'small' }, t.communes.via(commune.via.name)));
    item.append(h('p', { class: 'small muted' }, t.communes.codes(commune.code, commune.postalCodes)));
    const latestYear = (commune.coverage ?? index.coverage).latestYear ?? index.coverage.latestYear;
    const headline = coverageHeadline(commune, coverage, latestYear);
    if (headline) {
      // Dated and scoped: « yes » only for a result of the latest edition covering the whole commune.
      item.append(h('p', { class: `answer ${headline.kind === 'current' ? 'yes' : 'past'}`, 'data-answer': headline.kind }, headline.text));
      const list = h('ul', { class: 'coverage' });
      for (const covered of coverage.items)
        list.append(
          h(
            'li',
            {},
            h('span', { class: 'relation' }, `${this.#relationLabel(covered)} : `),
            ...this.#territoryLine(covered.territory, latestYear),
          ),
        );
      item.append(list);
      if (coverage.items.some((c) => c.relation === 'syndicat')) item.append(h('p', { class: 'small muted' }, t.communes.membersToday));
    } else {
      item.append(
        h(
          'p',
          { class: 'answer no' },
          t.communes.notCovered({ epci: commune.epci?.name, departement: coverage.departement?.name, region: coverage.region?.name }),
        ),
        h('p', { class: 'small' }, `${t.communes.incomplete} `, h('a', { href: this.dataset.applyHref! }, t.communes.apply), '.'),
      );
    }
    if (coverage.nearby.length > 0) {
      const list = h('ul', { class: 'coverage' });
      for (const territory of coverage.nearby) list.append(h('li', {}, ...this.#territoryLine(territory, latestYear)));
      item.append(h('p', { class: 'small' }, t.communes.nearby), list);
    }
    return item;
  }

  #relationLabel(covered: CoverageItem): string {
    return covered.former ? t.communes.formerRelation(covered.former.name, covered.former.whole) : t.communes.relations[covered.relation];
  }

  #territoryLine(territory: CoverageTerritory, latestYear: number | undefined): Array<Node | string> {
    return [
      h('a', { href: `${this.dataset.base}${territory.path.slice(1)}` }, territory.name),
      ' : ',
      h('span', { class: distinctionClass(territory.tone) }, territory.distinction ?? t.communes.unknownDistinction),
      ` ${datedResult(territory, latestYear)}`,
    ];
  }

  // --- pages of the site (Pagefind) -----------------------------------------------------------

  #loadPagefind(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ this.dataset.pagefind!)) as Pagefind;
      // Exact words outrank longer words that merely start with them (« Rennes » before « Rennes
      // Métropole »), and short pages get less of a bonus: a territory page comes before the pages
      // that mention it.
      await pagefind.options({ baseUrl: this.dataset.base!, excerptLength: 24, ranking: { termSimilarity: 5, pageLength: 0.2 } });
      await pagefind.init();
      return pagefind;
    })().catch((error: unknown) => {
      this.#pagefind = undefined;
      throw error;
    });
    return this.#pagefind;
  }

  async #searchPages(query: string, filters: Array<[SearchFilter, string]>): Promise<PagesOutcome> {
    try {
      const pagefind = await this.#loadPagefind();
      // Folding the query gives accented, unaccented and upper-case spellings the same results;
      // « st » and « ste » are spelled out as in the names.
      const folded = expandAbbreviations(foldText(query));
      const search = await pagefind.search(folded || null, { filters: Object.fromEntries(filters) });
      return { kind: 'results', results: search.results };
    } catch {
      return { kind: 'error' };
    }
  }

  async #renderPages(outcome: PagesOutcome) {
    this.#pageList.replaceChildren();
    this.#pages.hidden = false;
    this.#more.hidden = true;
    this.#pages.querySelector('[data-pages-message]')?.remove();
    if (outcome.kind === 'error' || outcome.results.length === 0) {
      this.#pageList.after(h('p', { class: 'notice', 'data-pages-message': '' }, outcome.kind === 'error' ? t.pages.error : t.pages.none));
      return;
    }
    this.#pageResults = outcome.results;
    await this.#appendPages(0);
  }

  async #appendPages(from: number): Promise<HTMLElement | undefined> {
    const slice = await Promise.all(this.#pageResults.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    const items = slice.map((data) => this.#pageItem(data));
    this.#pageList.append(...items);
    this.#more.hidden = from + PAGE_SIZE >= this.#pageResults.length;
    return items[0];
  }

  async #showMorePages() {
    const first = await this.#appendPages(this.#pageList.children.length);
    first?.querySelector('a')?.focus();
  }

  #pageItem(data: PagefindResult): HTMLElement {
    const { meta } = data;
    const item = h('li', { class: 'page' }, h('a', { href: data.url, class: 'title' }, meta.title ?? data.url));
    const facts = [meta.kind, meta.place].filter((v): v is string => Boolean(v)).join(' · ');
    if (facts) item.append(h('p', { class: 'small muted' }, facts));
    if (meta.distinction && meta.year) {
      item.append(
        h(
          'p',
          { class: 'small' },
          h('span', { class: distinctionClass(Number(meta.tone ?? 0)) }, meta.distinction),
          ` ${t.communes.when(Number(meta.year), meta.tone !== '0')}`,
        ),
      );
    } else {
      item.append(h('p', { class: 'excerpt' }, ...excerptNodes(data.excerpt)));
    }
    return item;
  }
}

/** A small element factory: attributes, then children (strings become text). */
function h(tag: string, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Pagefind's excerpt (HTML with <mark>) as text and <mark> nodes only: nothing else is trusted. */
function excerptNodes(excerpt: string): Node[] {
  const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...body.childNodes].map((node) =>
    node.nodeName === 'MARK' ? h('mark', {}, node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

customElements.define('atlas-search', AtlasSearch);
