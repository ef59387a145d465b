/**
 * The under-SMIC warning of `--cout --salaire` writes euros the French way: cents always with two
 * digits (« 1 801,80 € », never « 1 801,8 € »), whole euros without (« 1 750 € »).
 */
import { describe, expect, it } from 'vitest';
import { DELAI_PROCESSUS_MS, GENERALISTE_2026, fichiersTemporaires, lancer } from './lancer-cli.ts';

const SITUATION = {
  ...GENERALISTE_2026,
  dateSignature: '2025-03-01',
  nouvelInstalle: false,
  rqthOuAld: false,
};

describe('avertissement sous le SMIC', { timeout: DELAI_PROCESSUS_MS }, () => {
  it.each([
    ['1750,5', '1\u202f750,50 €'],
    ['1750', '1\u202f750 €'],
  ])('--salaire=%s : %s, et le SMIC de 2025 écrit 1 801,80 €', async (saisi, ecrit) => {
    const { 'cas.json': cas } = fichiersTemporaires({ 'cas.json': JSON.stringify(SITUATION) });
    const e = await lancer([cas as string, '--cout', `--salaire=${saisi}`]);
    expect(e.code).toBe(0);
    const lignes = e.stderr.trimEnd().split('\n');
    expect(lignes[0]).toContain(`--salaire (${ecrit} bruts par mois`);
    expect(lignes[0]).toContain('SMIC brut mensuel de 1\u202f801,80 € d’au moins');
    expect(e.stderr).not.toMatch(/\d,\d €/);
  });
});
