/** Previous / next page, with the position. */
import { txt } from './messages.ts';

interface Props {
  page: number;
  pages: number;
  aller: (page: number) => void;
}

export function Pagination({ page, pages, aller }: Props) {
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={txt.pagination.nav}>
      <button
        type="button"
        className="secondaire"
        disabled={page <= 1}
        onClick={() => aller(page - 1)}
      >
        {txt.pagination.precedente}
      </button>
      <span>{txt.pagination.position(page, pages)}</span>
      <button
        type="button"
        className="secondaire"
        disabled={page >= pages}
        onClick={() => aller(page + 1)}
      >
        {txt.pagination.suivante}
      </button>
    </nav>
  );
}
