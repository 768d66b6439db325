// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte, and
// `vigie/layer-imports`, which fails when a lower layer imports a higher one (CONTRIBUTING.md,
// "Layers"). Formatting is Prettier's job, not ESLint's.
import { defineConfig } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import vigie from './scripts/lint/layer-imports.js';

// ESLint's own recommended set (what `@eslint/js` would export), read from the rules' metadata.
const eslintRecommended = Object.fromEntries(
	[...builtinRules]
		.filter(([, rule]) => rule.meta?.docs?.recommended)
		.map(([name]) => [name, 'error'])
);

// Imports that run the wrong way until the code they name moves; each names its owner's work.
const temporaryExceptions = [
	{
		from: 'src/lib/explore/explore-workspace.ts',
		to: 'src/lib/workspace/workspace.svelte.ts',
		why: 'the browser glue belongs in workspace/; its importers are the views the explore controller rewrites (issue 14, item 5)'
	}
];

export default defineConfig(
	{
		// What .gitignore leaves out, and data.
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'node_modules/',
			'data/',
			'static/',
			'test-results/',
			'test-results-*/',
			'playwright-report/',
			'bench-results/',
			'tests/fixtures/',
			// untracked scratch space (.gitignore)
			'.scratch-*/',
			'.data-scratch/',
			'.notes/',
			'screenshots/'
		]
	},
	{ rules: eslintRecommended },
	ts.configs.recommended,
	svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: { extraFileExtensions: ['.svelte'] }
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } },
		// TypeScript (svelte-check) already knows the globals, its DOM types (BlobPart…) included.
		rules: { 'no-undef': 'off' }
	},
	{
		rules: {
			// `_` names what a destructuring drops on purpose (`{ generated: _, ...rest }`).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }
			],
			// Links go through `localizedHref` (src/lib/i18n/locale.svelte.ts), which prefixes Kit's
			// `base` and the locale; the rule recognises only Kit's own `resolve()`.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['src/**/*.{js,ts,svelte}'],
		plugins: { vigie },
		rules: { 'vigie/layer-imports': ['error', temporaryExceptions] }
	}
);
