/**
 * Bytes on the wire, from Chromium's own network log (CDP): each response's `encodedDataLength`
 * (compressed body + headers) when it finishes. A response still streaming in when the chart
 * paints is counted pro rata of the decoded bytes received by then (CDP gives chunk sizes only
 * decoded), so keep the log attached until the page's responses have finished.
 * Dedicated workers (the engine) are separate targets this log does not see: the bench counts
 * their bytes at the server instead.
 */
import type { CDPSession } from '@playwright/test';

type Event = { id: string; url: string; bytes: number; at: number };

/** 1.6 Mbit/s down, 150 ms round trip: a typical mobile data link in the Sahel's capitals. */
export const SLOW_LINK = {
	offline: false,
	latency: 150,
	downloadThroughput: 1.6e6 / 8,
	uploadThroughput: 0.75e6 / 8
};

export class NetworkLog {
	readonly finished: Event[] = [];
	private readonly chunks: Event[] = [];
	private readonly urls = new Map<string, string>();
	private readonly failed = new Set<string>();
	/** CDP monotonic time (s) when the document request was sent: the log's zero. */
	private documentSentAt = NaN;

	static async attach(cdp: CDPSession, throttle: boolean): Promise<NetworkLog> {
		const log = new NetworkLog();
		const event = (id: string, bytes: number, t: number): Event => ({
			id,
			url: log.urls.get(id) ?? '',
			bytes,
			at: (t - log.documentSentAt) * 1000
		});
		cdp.on('Network.requestWillBeSent', (e) => {
			log.urls.set(e.requestId, e.request.url);
			if (e.type === 'Document' && Number.isNaN(log.documentSentAt))
				log.documentSentAt = e.timestamp;
		});
		cdp.on('Network.dataReceived', (e) =>
			log.chunks.push(event(e.requestId, e.dataLength, e.timestamp))
		);
		cdp.on('Network.loadingFinished', (e) =>
			log.finished.push(event(e.requestId, e.encodedDataLength, e.timestamp))
		);
		cdp.on('Network.loadingFailed', (e) => log.failed.add(e.requestId));
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		if (throttle) await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
		return log;
	}

	/** Bytes received by `ms` after the document request: finished responses whole, others so far. */
	bytesBy(ms: number): { bytes: number; finished: number } {
		let bytes = 0;
		let finished = 0;
		for (const id of new Set(this.chunks.map((c) => c.id).concat(this.finished.map((f) => f.id)))) {
			const end = this.finished.find((f) => f.id === id);
			if (end && end.at <= ms) {
				bytes += end.bytes;
				finished++;
				continue;
			}
			const decoded = (until: number) =>
				this.chunks.filter((c) => c.id === id && c.at <= until).reduce((a, c) => a + c.bytes, 0);
			// Never finished: count decoded bytes, an upper bound on what crossed the wire.
			bytes += end ? (end.bytes * decoded(ms)) / Math.max(1, decoded(Infinity)) : decoded(ms);
		}
		return { bytes, finished };
	}

	/** Resolves once every request not matching `except` has finished, quiet for 300 ms. */
	async settled(except: RegExp, timeout = 30_000): Promise<void> {
		const deadline = Date.now() + timeout;
		let quietSince = Date.now();
		while (Date.now() - quietSince < 300) {
			if (Date.now() > deadline) throw new Error('network did not settle');
			await new Promise((done) => setTimeout(done, 50));
			const done = new Set(this.finished.map((f) => f.id));
			const busy = [...this.urls].some(
				([id, url]) => !except.test(url) && !done.has(id) && !this.failed.has(id)
			);
			if (busy) quietSince = Date.now();
		}
	}

	/** Bytes of the finished responses whose URL matches. */
	bytesOf(url: RegExp, ms = Infinity): number {
		return this.finished
			.filter((f) => f.at <= ms && url.test(f.url))
			.reduce((a, f) => a + f.bytes, 0);
	}
}
