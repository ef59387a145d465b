// @vitest-environment jsdom
/** lot.html: the printable summary for the appointment list, and the batch kept on the device. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Synthese } from '../../src/ui/pages/lot/Synthese.tsx';
import {
  CLE_LOT,
  garderLot,
  lotGarde,
  lotGardeEnBref,
  oublierLot,
} from '../../src/ui/pages/lot/memoire.ts';
import { synthetiser, type SyntheseLot } from '../../src/ui/pages/lot/resume.ts';
import { traiterCsv } from '../../src/ui/pages/lot/traitement.ts';
import { normal } from './aide.ts';

const EXEMPLE = readFileSync(path.resolve('public/exemples/lot-exemple.csv'), 'utf8');

describe('synthèse et lot gardé', () => {
  it('la synthèse donne l’aide des éligibles et met d’abord les lignes à confirmer', async () => {
    const resultat = await traiterCsv(EXEMPLE, 'lot-exemple.csv');
    if (resultat.etat !== 'fini') throw new Error(resultat.etat);
    render(<Synthese synthese={synthetiser(resultat.lignes)} />);
    const section = screen.getByRole('region', { name: 'Synthèse pour les rendez-vous' });
    expect(normal(section.textContent ?? '')).toContain('Aide totale des lignes éligibles (9) : ');
    expect(
      screen.getByRole('heading', { name: 'À confirmer par la CPAM d’abord (1)' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Informations manquantes (3)' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Imprimer la synthèse' })).toBeVisible();
  });

  /** 300 rows to confirm: more than one step of the list. */
  const longue = (): SyntheseLot => ({
    eligibles: { nombre: 0, somme: 0 },
    aConfirmer: {
      nombre: 300,
      somme: 0,
      lignes: Array.from({ length: 300 }, (_, i) => ({
        ligne: i + 2,
        titre: `Ligne ${i + 2}`,
        raisons: 'Montant à confirmer par la CPAM.',
      })),
    },
    incomplets: { nombre: 0, somme: 0, lignes: [] },
  });
  const elements = () => within(screen.getByRole('list')).queryAllByRole('listitem');

  it('une longue liste s’affiche par étapes, jusqu’à la dernière ligne', async () => {
    render(<Synthese synthese={longue()} />);
    expect(elements().length).toBeLessThan(300);
    await waitFor(() => expect(elements()).toHaveLength(300));
    expect(normal(elements()[299]?.textContent)).toBe(
      'Ligne 301 — Montant à confirmer par la CPAM.',
    );
  });

  it('imprimée avant la fin, la liste est complète', () => {
    render(<Synthese synthese={longue()} />);
    fireEvent(window, new Event('beforeprint'));
    expect(elements()).toHaveLength(300);
  });

  it('le dernier lot se garde, se relit et s’efface', () => {
    const octets = new TextEncoder().encode('structure\ncentre\n');
    expect(garderLot('lot.csv', octets, new Date('2026-06-22T10:00:00Z'))).toBe(true);
    const garde = lotGarde();
    expect(garde && { ...garde, octets: [...garde.octets] }).toEqual({
      nom: 'lot.csv',
      date: '2026-06-22T10:00:00.000Z',
      octets: [...octets],
    });
    expect(lotGardeEnBref()).toEqual({ nom: 'lot.csv', date: '2026-06-22T10:00:00.000Z' });
    expect(garderLot('gros.csv', new Uint8Array(2_000_001))).toBe(false);
    expect(lotGarde()?.nom).toBe('lot.csv');
    localStorage.setItem(CLE_LOT, '{pas du json');
    expect(lotGarde()).toBeNull();
    oublierLot();
    expect(localStorage.getItem(CLE_LOT)).toBeNull();
  });
});
