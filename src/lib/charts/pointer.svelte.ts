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
	/**
	 * A mark's props as a drill control (`<Bar {...pointer.control(label, drill, p)} />`): named
	 * by `label` (its exact value; the readout shows it), selected while its `drill` is the open
	 * one (`active`), opening it on click, Enter or Space. For charts whose pointed item is the label.
	 */
	control(
		this: Pointer<string>,
		label: string,
		drill: string,
		c: { active?: string; ondrill: (drill: string) => void }
	) {
		return {
			label,
			selected: c.active === drill,
			onactivate: () => c.ondrill(drill),
			onpoint: this.point(label)
		};
	}
	/** Closes the activated mark's detail. */
	close = () => {
		this.selected = null;
	};
}
