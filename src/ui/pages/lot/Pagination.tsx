/**
 * Previous / next page, with the position. Pages come from the worker: the position shown is the
 * page on screen, while a move counts from the page last asked (two quick clicks go two pages on).
 */
import { txt } from './messages.ts';

interface Props {
  page: number;
  pages: number;
  /** The page last asked, maybe not shown yet. */
  demandee?: number;
  aller: (page: number) => void;
}

export function Pagination({ page, pages, demandee = page, aller }: Props) {
  if (pages <= 1) return null;
  const depuis = Math.min(Math.max(1, demandee), pages);
  return (
    <nav className="pagination" aria-label={txt.pagination.nav}>
      <button
        type="button"
        className="secondaire"
        disabled={page <= 1}
        onClick={() => aller(Math.max(1, depuis - 1))}
      >
        {txt.pagination.precedente}
      </button>
      <span>{txt.pagination.position(page, pages)}</span>
      <button
        type="button"
        className="secondaire"
        disabled={page >= pages}
        onClick={() => aller(Math.min(pages, depuis + 1))}
      >
        {txt.pagination.suivante}
      </button>
    </nav>
  );
}
