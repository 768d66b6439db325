/**
 * The one explore controller: what every exploration view's page used to copy. It reads the
 * filters and the drill from the URL (one codec each, one ignored-parameters list), opens the
 * engine, recomputes the view when the filters or the data change (a slower earlier run never
 * overwrites a newer one: `latest-run.ts`), loads the drilled rows, and exposes the redraw
 * instrumentation the bench and the e2e tests read (`data-view-state`, `data-redraw-ms`,
 * `data-redraw-seq`, rendered by `ExploreResults.svelte`).
 *
 * Prerendered views: given an `initial` view (computed at build time with the default filters
 * on the site's default datasets), a page opened with no query string shows it at once — it is
 * in the HTML — and loads the engine when the page is idle; the first filter change or
 * drill-down uses the engine. If the user's stored datasets hold a kind the view reads, the
 * initial view is marked outdated (`busy`) and recomputed on their data as soon as the engine
 * is ready.
 *
 * Create it during a component's initialisation (its effects belong to that component); the
 * browser glue (`$app` URL and navigation, IndexedDB, idle callback) comes in through `env`.
 */
import { tick, untrack } from 'svelte';
import type { Engine } from '../db/engine.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import { drillValue, readDrill, type Drill } from './drill-codec.ts';
import type { ExploreEnv, ExploreInitial, ExploreSpec } from './explore-spec.ts';

export type { ExploreEnv };
import { exploreQuery, ignoredParams, readExploreUrl, type ExploreUrl } from './explore-url.ts';
import type { ExploreFilters } from './filters.ts';
import { latestRun, runLatest } from './latest-run.ts';

/**
 * Where each kind a view reads came from: the demo, the publisher's datasets (a published Vigie)
 * or the user's own. Views computed on different data differ: a visitor's import over a
 * published kind must outdate the prerendered view as it does over the demo.
 */
const dataKey = (
	kinds: readonly DataKind[],
	demo: readonly DataKind[],
	published: readonly DataKind[] = []
) =>
	kinds
		.map((k) => `${k}:${demo.includes(k) ? 'demo' : published.includes(k) ? 'published' : 'user'}`)
		.join(',');
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

type Session<View> = {
	engine: Engine;
	load: (filters: ExploreFilters) => Promise<View>;
	dataKey: string;
	/** When the engine became usable (`performance.now()`). */
	openedAt: number;
};

/** The controller of a view's spec (`ControllerOf<typeof oversightExplore>`): its props' type. */
export type ControllerOf<S> =
	S extends ExploreSpec<infer Scope, infer View, infer DrillData>
		? ExploreController<Scope, View, DrillData>
		: never;

export class ExploreController<Scope, View, DrillData> {
	readonly spec: ExploreSpec<Scope, View, DrillData>;
	#env: ExploreEnv;
	scope = $state.raw<Scope | null>(null);
	view = $state.raw<View | null>(null);
	/** Kinds currently shown from the demonstration data. */
	demoKinds = $state.raw<DataKind[]>([]);
	/** Kinds currently shown from the publisher's datasets (a published Vigie). */
	publishedKinds = $state.raw<DataKind[]>([]);
	error = $state('');
	/** Milliseconds from the filter change (or the first load) to the redrawn DOM. */
	redrawMs = $state<number | null>(null);
	/** Counts redraws, so a bench or test can wait for the next one. */
	redrawSeq = $state(0);

	#session = $state.raw<Session<View> | null>(null);
	#opening: Promise<void> | null = null;
	/** Filters and data the shown view was computed for. */
	#shown = $state.raw<{ key: string; data: string } | null>(null);
	/** The data the view should be computed on: the initial's until the engine tells. */
	#data = $state('');
	#drill = $state.raw<{ key: string; data: DrillData } | null>(null);
	#changedAt: number | null = null;
	#viewRuns = latestRun();
	#drillRuns = latestRun();

	readonly url: ExploreUrl = $derived.by(() =>
		readExploreUrl(this.#env.params(), this.spec.drills)
	);
	readonly filters: ExploreFilters = $derived(this.url.filters);
	/** The shown view is not (yet) the one of the current filters and data. */
	readonly busy: boolean = $derived(
		!this.#shown || this.#shown.key !== this.url.filterKey || this.#shown.data !== this.#data
	);
	readonly viewState: 'ready' | 'loading' = $derived(this.view && !this.busy ? 'ready' : 'loading');
	/**
	 * Why the view on screen is not yet the right one, so the page can say so: it was computed
	 * for other filters (`filters`), or on other data than the user's (`data`); null when it is.
	 */
	readonly outdated: 'filters' | 'data' | null = $derived(
		!this.view || !this.busy || !this.#shown
			? null
			: this.#shown.key !== this.url.filterKey
				? 'filters'
				: 'data'
	);
	/** The URL's drill when it is valid, fits the filters and points to a mark of the view. */
	readonly drill: Drill | null = $derived.by(() => {
		const read = this.url.drill;
		if (read.status !== 'valid' || !this.view || this.busy) return null;
		return this.spec.fits(read.drill, this.url.filters, this.view) ? read.drill : null;
	});
	/** `drill=` value of the open drill, for marks to show themselves selected. */
	readonly activeDrill: string | undefined = $derived(
		this.drill ? drillValue(this.drill) : undefined
	);
	readonly drillData: DrillData | null = $derived.by(() =>
		this.drill && this.#drill?.key === this.#drillKey(this.drill) ? this.#drill.data : null
	);
	/** Parameters to name in the notice: invalid ones, and a stale drill. */
	readonly ignored: string[] = $derived(
		ignoredParams(
			this.url,
			this.url.drill.status === 'valid' && !!this.view && !this.busy && !this.drill
		)
	);

	constructor(
		spec: ExploreSpec<Scope, View, DrillData>,
		env: ExploreEnv,
		initial?: ExploreInitial<Scope, View> | null
	) {
		this.spec = spec;
		this.#env = env;
		if (initial) {
			this.scope = initial.scope;
			this.view = initial.view;
			this.demoKinds = initial.demoKinds;
			this.publishedKinds = initial.publishedKinds ?? [];
			this.#data = dataKey(spec.kinds, initial.demoKinds, initial.publishedKinds);
			this.#shown = { key: '', data: this.#data };
		}
		$effect(() => untrack(() => this.#begin()));
		$effect(() => this.#syncView());
		$effect(() => this.#syncDrill());
	}

	setFilters(next: ExploreFilters): void {
		this.#changedAt = performance.now();
		this.#env.navigate(exploreQuery(next)); // a drill belongs to the previous filters: closed
	}
	/** Opens a mark's rows: a drill, or its `drill=` value as marks carry it. */
	openDrill(drill: Drill | string): void {
		const d = typeof drill === 'string' ? readDrill(drill, this.spec.drills).drill : drill;
		if (d) this.#env.navigate(exploreQuery(this.url.filters, d));
	}
	closeDrill(): void {
		this.#env.navigate(exploreQuery(this.url.filters));
	}
	/** After a failure (or an engine crash): open again. */
	retry(): void {
		this.error = '';
		this.#opening = null;
		void this.#open();
	}

	#begin(): void {
		// A prerendered view is on screen: if the user's stored datasets hold a kind it reads, it is
		// the demo's, not theirs — outdated until the engine recomputes it on their data.
		if (this.view)
			this.#env
				.storedKinds()
				.then((kinds) => {
					if (!kinds.some((k) => this.spec.kinds.includes(k))) return;
					this.#data = 'stored';
					void this.#open();
				})
				.catch(() => {}); // no storage (private window): the engine still says what is there
		const isDefault = this.url.filterKey === '' && this.url.drill.status !== 'valid';
		// The default page needs no engine to be read: it comes once the page is idle.
		if (this.view && isDefault) this.#env.whenIdle(() => void this.#open());
		else void this.#open();
	}

	#open(): Promise<void> {
		this.#opening ??= (async () => {
			try {
				const { engine, demoKinds, publishedKinds = [] } = await this.#env.openData();
				const { scope, load } = await this.spec.open(engine);
				const data = dataKey(this.spec.kinds, demoKinds, publishedKinds);
				this.scope = scope;
				this.demoKinds = demoKinds;
				this.publishedKinds = publishedKinds;
				this.#session = { engine, load, dataKey: data, openedAt: performance.now() };
				this.#data = data;
			} catch (e) {
				this.#opening = null;
				this.error = message(e);
			}
		})();
		return this.#opening;
	}

	#syncView(): void {
		const key = this.url.filterKey;
		const data = this.#data;
		const session = this.#session;
		const shown = untrack(() => this.#shown);
		if (shown && shown.key === key && shown.data === data) return;
		if (!session) return void untrack(() => this.#open());
		const filters = untrack(() => this.url.filters);
		// Timed from the change, or from the engine's arrival when the change came first: the
		// redraw time is the view's own (query and DOM), not the engine's download.
		const started = Math.max(this.#changedAt ?? 0, session.openedAt);
		void runLatest(
			this.#viewRuns,
			() => session.load(filters),
			async (view) => {
				this.view = view;
				this.#shown = { key, data: session.dataKey };
				await tick();
				this.redrawMs = Math.round(performance.now() - started);
				this.redrawSeq += 1;
				this.#changedAt = null;
			},
			(e) => (this.error = message(e))
		);
	}

	#drillKey(drill: Drill): string {
		return `${drillValue(drill)}|${this.url.filterKey}|${this.#data}`;
	}

	#syncDrill(): void {
		const drill = this.drill;
		const wanted = this.url.drill.status === 'valid';
		const session = this.#session;
		if (!drill || !session) {
			this.#drillRuns.cancel();
			// A drill in the URL needs the engine, even on a prerendered page.
			if (wanted && !session) untrack(() => void this.#open());
			return;
		}
		const key = this.#drillKey(drill);
		const filters = untrack(() => this.url.filters);
		void runLatest(
			this.#drillRuns,
			() => this.spec.loadDrill(session.engine, drill, filters),
			(data) => void (this.#drill = { key, data }),
			(e) => (this.error = message(e))
		);
	}
}
