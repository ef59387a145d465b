// @vitest-environment jsdom
/** lot.html: the reference of columns and codes next to the upload, generated from the schema. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PageLot } from '../../src/ui/pages/lot/PageLot.tsx';

describe('lot.html, référence des colonnes', () => {
  it('la référence des colonnes et des codes est à côté du dépôt', async () => {
    render(<PageLot />);
    await userEvent.click(screen.getByText('Colonnes et valeurs acceptées'));
    const table = screen.getByRole('table', {
      name: 'Colonnes d’un fichier de lot, valeurs acceptées et structures concernées',
    });
    const option = within(table).getByRole('rowheader', { name: 'option' }).closest('tr');
    expect(option).toHaveTextContent(
      'optionOptionun code de la listetiers (⅓ ETP), demi (½ ETP), plein (1 ETP), plein-et-demi (1,5 ETP), double (2 ETP)médecin libéral',
    );
    expect(screen.getByRole('button', { name: /Modèle Excel \(\.xlsx\)/ })).toBeVisible();
  });
});
