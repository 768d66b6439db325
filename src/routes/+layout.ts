// Every page is prerendered to static HTML (adapter-static); `always` gives each page its own
// folder with an index.html, which any static host serves without rewrites.
export const prerender = true;
export const trailingSlash = 'always';
