import { slugify } from '../format/slug.ts';

/** Saves a blob as a file on the user's machine (nothing is uploaded: the blob stays local). */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: `Dépenses militaires (SIPRI)` → `depenses-militaires-sipri`. */
export const fileSlug = (title: string): string => slugify(title, 'vigie');
