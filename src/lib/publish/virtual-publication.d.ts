/** `virtual:vigie/publication`: see `vite-publication.ts`. */
declare module 'virtual:vigie/publication' {
	const publication: import('./publication.ts').Publication | null;
	export default publication;
}
