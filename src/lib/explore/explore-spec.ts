/**
 * What a view gives the explore controller (`explore-controller.svelte.ts`): the data it reads,
 * its drill grammar, how it opens on an engine (filter choices and a loader bound to it), when a
 * drill is stale, and how the drilled rows are read. Pure types and Node-runnable functions, so
 * the same spec computes the prerendered view at build time (`src/lib/server/explore-initial.ts`).
 */
import type { Engine } from '../db/engine.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import type { Drill, DrillGrammar } from './drill-codec.ts';
import type { ExploreFilters } from './filters.ts';

/** The choices the filter bar offers (what the data hold); absent lists are not offered. */
export type FilterChoices = {
	countries: string[];
	years: number[];
	institutions?: string[];
	sectors?: string[];
	categories?: string[];
	methods?: string[];
	basis?: boolean;
};

export type ExploreSpec<Scope, View, DrillData> = {
	/** Stable id: prerender cache key, `data-explore` attribute. */
	id: string;
	/** Kinds of data the view reads: a user dataset of one of them outdates a prerendered view. */
	kinds: readonly DataKind[];
	drills: DrillGrammar;
	/** Reads what the data hold (`scope`) and returns a loader bound to the engine. */
	open: (
		engine: Engine
	) => Promise<{ scope: Scope; load: (filters: ExploreFilters) => Promise<View> }>;
	choices: (scope: Scope) => FilterChoices;
	/** Whether a valid drill fits the filters and still points to a mark of `view` (else stale). */
	fits: (drill: Drill, filters: ExploreFilters, view: View) => boolean;
	loadDrill: (engine: Engine, drill: Drill, filters: ExploreFilters) => Promise<DrillData>;
};

/** A view computed ahead (at build time, default filters, default datasets). */
export type ExploreInitial<Scope, View> = {
	scope: Scope;
	view: View;
	/** Kinds shown from the demonstration data when it was computed. */
	demoKinds: DataKind[];
	/** Kinds shown from the publisher's datasets (a published Vigie, `vigie publish`). */
	publishedKinds?: DataKind[];
};

/** The browser glue the controller needs (`src/lib/views/explore/use-explore.svelte.ts`). */
export type ExploreEnv = {
	/** The page's query parameters; reactive. Empty when prerendering (there is no query). */
	params: () => URLSearchParams;
	/** Goes to a query (`''`: none) as a new history entry, keeping focus and scroll. */
	navigate: (query: string) => void;
	/**
	 * Opens the engine with the user's datasets and, for the kinds they lack, the site's
	 * defaults: the publisher's datasets on a published Vigie, else demonstration rows.
	 */
	openData: () => Promise<{ engine: Engine; demoKinds: DataKind[]; publishedKinds?: DataKind[] }>;
	/** Kinds of the user's stored datasets, read without starting the engine. */
	storedKinds: () => Promise<DataKind[]>;
	/** Runs `run` once the page is idle: the engine downloads after the first paint. */
	whenIdle: (run: () => void) => void;
};
