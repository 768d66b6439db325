/** The SIPRI entry of data/manifest.json with the fields a printed brief cites (notes, licence, hash). */
import { SIPRI_FILE } from '../../trends/sipri-meta.ts';

type Bilingual = { fr: string; en: string };

export type SipriDataset = {
	file: string;
	title: Bilingual;
	publisher: string;
	release: string;
	citation: string;
	licence?: Bilingual;
	source_sha256?: string;
	notes?: Bilingual[];
};

export function sipriDataset(manifest: { datasets: unknown[] }): SipriDataset {
	const found = (manifest.datasets as SipriDataset[]).find((d) => d.file === SIPRI_FILE);
	if (!found) throw new Error(`data/manifest.json lists no ${SIPRI_FILE}`);
	return found;
}
