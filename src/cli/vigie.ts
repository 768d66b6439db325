/**
 * `npm run vigie -- <command> [options]`: the terminal side of Vigie. Each command lives in
 * `commands/<name>.ts`, exports `run(argv): Promise<number>` (the exit status) and shares its
 * parsing, SQL and formatting with the web app. Adding a command is one line below. What any
 * command prints from data goes through `safe-output.ts`: control characters come out escaped.
 */
import { guardOutput } from './safe-output.ts';

guardOutput();

const commands: Record<
	string,
	{ summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> }
> = {
	growth: {
		summary: 'growth of constant-price military spending between two years (SIPRI)',
		load: () => import('./commands/growth.ts')
	},
	check: {
		summary: 'check CSV files: detected format, mapping, rows accepted and rejected, each problem',
		load: () => import('./commands/check.ts')
	},
	summary: {
		summary: 'import a CSV file and print the JSON summary of its accepted rows',
		load: () => import('./commands/summary.ts')
	},
	indicators: {
		summary: 'compute every oversight indicator on CSV files (--json, --csv)',
		load: () => import('./commands/indicators.ts')
	},
	convert: {
		summary: 'convert large contracts/budget files into partitions read in place (--out DIR)',
		load: () => import('./commands/convert.ts')
	},
	publish: {
		summary: 'build the static site with your files as its data (--out DIR --publisher NAME)',
		load: () => import('./commands/publish.ts')
	},
	flags: {
		summary: 'red flags per contracting process, as Cardinal prints them (--settings FILE.ini)',
		load: () => import('./commands/flags.ts')
	}
};

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	const command = name ? commands[name] : undefined;
	if (!command) {
		const list = Object.entries(commands)
			.map(([n, c]) => `  ${n.padEnd(12)} ${c.summary}`)
			.join('\n');
		(name ? console.error : console.log)(
			`${name && name !== '--help' ? `Unknown command: ${name}\n\n` : ''}Usage: npm run vigie -- <command> [options]\n\nCommands:\n${list}`
		);
		return name && name !== '--help' ? 2 : 0;
	}
	return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	}
);
