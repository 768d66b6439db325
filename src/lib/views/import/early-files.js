// Inlined in the prerendered /import/ page right after the drop zone (FileDrop.svelte) and allowed
// by its hash in the CSP (svelte.config.js). On a slow link the file input works seconds before
// the app's script has started: a file picked or dropped then is kept here, and FileDrop takes it
// when it mounts. Plain ES5, no module: it runs as soon as the parser reaches it.
(function () {
	var zone = document.getElementById('file-drop');
	var input = document.getElementById('file-input');
	var status = document.getElementById('file-drop-early');
	if (!zone || !input || !status) return;
	var early = (window.vigieEarlyFiles = { files: [], live: false });
	function keep(list) {
		if (early.live || !list || !list.length) return;
		for (var i = 0; i < list.length; i++) early.files.push(list[i]);
		zone.setAttribute('data-early', String(early.files.length));
		status.textContent = status.getAttribute('data-text');
	}
	zone.addEventListener('dragover', function (event) {
		if (!early.live) event.preventDefault();
	});
	zone.addEventListener('drop', function (event) {
		if (early.live) return;
		event.preventDefault();
		keep(event.dataTransfer && event.dataTransfer.files);
	});
	input.addEventListener('change', function () {
		if (early.live) return;
		keep(input.files);
		input.value = '';
	});
})();
