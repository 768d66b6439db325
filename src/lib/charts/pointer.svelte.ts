/**
 * What a chart's marks are pointed at: the mark under the pointer or keyboard focus (the
 * frame's readout names it) and the one activated by click, Enter or Space (its detail shows).
 * One per chart, created while its component initialises.
 */
export class Pointer<T> {
	current = $state<T | null>(null);
	selected = $state<T | null>(null);
	/** A mark's `onpoint`: current on hover or focus, no longer when left. */
	point = (item: T) => (on: boolean) => {
		if (on) this.current = item;
		else if (this.current === item) this.current = null;
	};
	/** Closes the activated mark's detail. */
	close = () => {
		this.selected = null;
	};
}
