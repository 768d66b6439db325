/**
 * The one slug of the app, for file names and dataset ids: accents dropped, lower case, every run
 * of other characters one hyphen. `Dépenses militaires (SIPRI)` → `depenses-militaires-sipri`.
 */
export function slugify(text: string, fallback: string): string {
	return (
		text
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || fallback
	);
}
