// Writes `.br` and `.gz` beside every compressible file of build/, for static hosts that serve
// precompressed files by Accept-Encoding. SvelteKit's own precompression uses maximum-quality
// brotli, which takes ~2 minutes on the 34 MB DuckDB engine and skips .csv; here large files get
// brotli quality 9 (~6 s, ~14 % larger) and the SIPRI CSV is included.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|csv|wasm|txt|xml|webmanifest)$/;
const LARGE = 1 << 20;

async function* files(dir) {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (COMPRESSIBLE.test(entry.name)) yield path;
	}
}

const root = process.argv[2] ?? process.env.VIGIE_BUILD_DIR ?? 'build';
let count = 0;
for await (const path of files(root)) {
	const data = await readFile(path);
	const size = (await stat(path)).size;
	const quality = size > LARGE ? 9 : constants.BROTLI_MAX_QUALITY;
	const [br, gzipped] = await Promise.all([
		brotli(data, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: quality,
				[constants.BROTLI_PARAM_SIZE_HINT]: size
			}
		}),
		gz(data, { level: 9 })
	]);
	await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
	count++;
}
console.log(`precompress: .br and .gz written for ${count} files in ${root}/`);
