/**
 * The list's keyboard: `/` goes to the search box; j/k (or the arrow keys, also from the search box) move
 * between entries; Enter on an entry opens it, as on any link. Typing in a field is left alone.
 */
export function listKeyHandler(
  searchBox: () => HTMLInputElement | null,
  entries: () => HTMLAnchorElement[],
): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    const inSearch = target === searchBox();
    const typing = inSearch || target?.closest('input, select, textarea') != null;
    const links = entries();
    const at = links.indexOf(target as HTMLAnchorElement);
    const move = (step: number) => {
      event.preventDefault();
      const next = at === -1 ? (step > 0 ? 0 : links.length - 1) : at + step;
      links[Math.min(links.length - 1, Math.max(0, next))]?.focus();
    };
    if (event.key === '/' && !typing) {
      event.preventDefault();
      searchBox()?.focus();
    } else if (event.key === 'ArrowDown' && (inSearch || !typing)) move(1);
    else if (event.key === 'ArrowUp' && !typing) move(-1);
    else if (event.key === 'j' && !typing) move(1);
    else if (event.key === 'k' && !typing) move(-1);
    else if (event.key === 'Enter' && inSearch && links[0]) {
      event.preventDefault();
      links[0].click();
    }
  };
}
