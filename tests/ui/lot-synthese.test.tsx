// @vitest-environment jsdom
/** lot.html: the printable summary for the appointment list, and the batch kept on the device. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Synthese } from '../../src/ui/pages/lot/Synthese.tsx';
import {
  CLE_LOT,
  garderLot,
  lotGarde,
  lotGardeEnBref,
  oublierLot,
} from '../../src/ui/pages/lot/memoire.ts';
import { synthetiser } from '../../src/ui/pages/lot/resume.ts';
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
