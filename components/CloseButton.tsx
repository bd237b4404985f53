interface Props {
  /** The accessible name, also shown as the tooltip: the "×" alone says nothing to a screen reader. */
  label: string;
  onClick: () => void;
  class?: string;
}

/** An icon-only "×" button: closing the reader, its help, a notice, or removing a tag. */
export function CloseButton({ label, onClick, class: className }: Props) {
  return (
    <button type="button" class={className} aria-label={label} title={label} onClick={onClick}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
