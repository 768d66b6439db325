/**
 * The explore controller wired to SvelteKit and the browser: the URL's query (none while
 * prerendering: there is no query string at build time), `goto` for navigation, the workspace
 * engine, the IndexedDB list of stored datasets, and the idle callback. Call it while a page
 * component initialises: `const explore = useExplore(oversightExplore, () => data.initial)`.
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { ExploreController } from '$lib/explore/explore-controller.svelte.ts';
import type { ExploreInitial, ExploreSpec } from '$lib/explore/explore-spec.ts';

export function useExplore<Scope, View, DrillData>(
	spec: ExploreSpec<Scope, View, DrillData>,
	initial: () => ExploreInitial<Scope, View> | null | undefined
): ExploreController<Scope, View, DrillData> {
	return new ExploreController(
		spec,
		{
			// An empty, never-mutated query for the prerender: nothing to make reactive.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			params: () => (browser ? page.url.searchParams : new URLSearchParams()),
			navigate: (query) =>
				void goto(query || page.url.pathname, { keepFocus: true, noScroll: true }),
			openData: async () => (await import('$lib/explore/explore-workspace.ts')).exploreData(),
			storedKinds: async () => {
				const { openDatasetStore } = await import('$lib/workspace/dataset-store.ts');
				return (await (await openDatasetStore()).list()).map((d) => d.kind);
			},
			whenIdle: (run) => {
				if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
				else setTimeout(run, 200);
			}
		},
		initial()
	);
}
