/** Saves text as a file on the user's machine (nothing is uploaded: the blob stays local). */
export function downloadText(
	text: string,
	fileName: string,
	type = 'text/csv;charset=utf-8'
): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
