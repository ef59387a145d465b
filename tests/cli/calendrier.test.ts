/**
 * `--calendrier` and `--date-recrutement` through the real command line, on the golden case
 * lib-avenant7-revalorisation (avenant 7 half time signed 2022-09-01: 18 000, 13 500, then
 * 11 000 € a year from year 3, which starts on 2024-09-01 after the 2024 revaluation).
 * Instalment rules: RULES.md §6 (avenant 7: 70 % within 15 days of the recruitment, 30 % at the
 * anniversary; year 2 at the anniversary; from year 3, 50 % mid-year and 50 % at the year's end).
 */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CAS_REVALORISATION as CAS,
  centimes,
  DELAI_PROCESSUS_MS,
  lancer,
  lignes,
  tousLesCasJson,
  type Execution,
} from './lancer-cli.ts';

interface Versement {
  annee: number;
  portion?: number;
  date: string;
  montant: number;
  part: number;
  nature: string;
  indicatif: boolean;
  note: string;
}
interface Calendrier {
  structure: string;
  regime: string | null;
  versements: Versement[];
  anneesSansMontant: number[];
  hypotheses: string[];
  indicatif: boolean;
  parAnneeCivile: { annee: number; nombre: number; montant: number }[];
}
interface Sortie {
  index: number;
  eligibilite: { statut: string };
  annees: { annee: number; debut: string; montant: number | null }[];
  calendrier?: Calendrier;
}

const run: Record<string, Execution> = {};

beforeAll(async () => {
  const tousLesCas = tousLesCasJson();
  const appels: Record<string, Promise<Execution>> = {
    defaut: lancer([CAS]),
    json: lancer([CAS, '--calendrier']),
    indente: lancer([CAS, '--calendrier', '--indente']),
    recrute: lancer([CAS, '--calendrier', '--date-recrutement=2022-10-03']),
    recruteEspace: lancer([CAS, '--calendrier', '--date-recrutement', '2022-10-03']),
    csv: lancer([CAS, '--format', 'csv', '--calendrier']),
    csvRecrute: lancer([CAS, '--format=csv', '--calendrier', '--date-recrutement=2022-10-03']),
    tousDefaut: lancer(['-'], tousLesCas),
    tousCalendrier: lancer(['-', '--calendrier'], tousLesCas),
    dateImpossible: lancer([CAS, '--calendrier', '--date-recrutement=2024-02-30']),
    dateFrancaise: lancer([CAS, '--calendrier', '--date-recrutement=16/09/2024']),
    dateAbsente: lancer([CAS, '--calendrier', '--date-recrutement']),
    sansCalendrier: lancer([CAS, '--date-recrutement=2022-10-03']),
    aide: lancer(['--aide']),
  };
  await Promise.all(Object.entries(appels).map(async ([nom, p]) => (run[nom] = await p)));
}, DELAI_PROCESSUS_MS);

const reussi = (nom: string): Execution => {
  const e = run[nom] as Execution;
  expect(e.stderr).toBe('');
  expect(e.code).toBe(0);
  return e;
};
const sorties = (nom: string): Sortie[] => JSON.parse(reussi(nom).stdout) as Sortie[];
const calendrier = (nom: string): Calendrier => sorties(nom)[0]?.calendrier as Calendrier;
const csv = (nom: string): Record<string, string>[] =>
  parse(reussi(nom).stdout, { columns: true }) as Record<string, string>[];

const NOTE_RECRUTEMENT =
  'Date de recrutement de l’assistant inconnue : la date de signature du contrat est retenue.';

describe('--calendrier, JSON : champ « calendrier » de chaque résultat', () => {
  // [rank, annee, date, montant €, part, nature, indicatif]
  it.each([
    [0, 1, '2022-09-16', 12600, 0.7, 'avance', true], // 70 % of 18 000, signature + 15 days
    [1, 1, '2023-09-01', 5400, 0.3, 'solde', true], // 30 % at the 1st anniversary
    [2, 2, '2023-09-01', 13500, 1, 'versement', true],
    [3, 3, '2025-03-01', 5500, 0.5, 'avance', true], // 50 % of 11 000, mid-year
    [4, 3, '2025-09-01', 5500, 0.5, 'solde', true], // 50 % at the year's end
    [5, 4, '2026-03-01', 5500, 0.5, 'avance', true],
    [6, 4, '2026-09-01', 5500, 0.5, 'solde', true],
    [7, 5, '2027-03-01', 5500, 0.5, 'avance', true],
    [8, 5, '2027-09-01', 5500, 0.5, 'solde', true],
  ])('versement %i : année %i, %s, %d €', (rang, annee, date, montant, part, nature, indicatif) => {
    const v = calendrier('json').versements[rang];
    expect(v).toMatchObject({ annee, date, part, nature, indicatif });
    expect(centimes(v?.montant)).toBe(centimes(montant));
    expect(v).not.toHaveProperty('portion');
  });

  it('rend 9 versements, ni plus ni moins', () => {
    expect(calendrier('json').versements).toHaveLength(9);
  });

  it('l’année 3 (du 2024-09-01, 11 000 €) : ses versements font exactement 11 000 €', () => {
    const [resultat] = sorties('json');
    expect(resultat?.annees[2]).toMatchObject({ annee: 3, debut: '2024-09-01', montant: 11000 });
    const annee3 = calendrier('json').versements.filter((v) => v.annee === 3);
    expect(annee3.map((v) => v.date)).toEqual(['2025-03-01', '2025-09-01']);
    expect(annee3.reduce((somme, v) => somme + centimes(v.montant)!, 0)).toBe(1100000);
  });

  it('chaque année : la somme de ses versements est son montant (64 500 € en tout)', () => {
    const [resultat] = sorties('json');
    const { versements } = calendrier('json');
    const parAnnee = [1, 2, 3, 4, 5].map((annee) =>
      versements.filter((v) => v.annee === annee).reduce((s, v) => s + centimes(v.montant)!, 0),
    );
    expect(parAnnee).toEqual([1800000, 1350000, 1100000, 1100000, 1100000]);
    expect(resultat?.annees.map((a) => centimes(a.montant))).toEqual(parAnnee);
  });

  it('totaux par année civile (2024 sans versement : 0 €, gardée)', () => {
    expect(calendrier('json').parAnneeCivile).toEqual([
      { annee: 2022, nombre: 1, montant: 12600 },
      { annee: 2023, nombre: 2, montant: 18900 },
      { annee: 2024, nombre: 0, montant: 0 },
      { annee: 2025, nombre: 2, montant: 11000 },
      { annee: 2026, nombre: 2, montant: 11000 },
      { annee: 2027, nombre: 2, montant: 11000 },
    ]);
  });

  it('dit ses hypothèses : date de recrutement inconnue, calendrier indicatif', () => {
    const c = calendrier('json');
    expect(c).toMatchObject({
      structure: 'liberal',
      regime: 'avenant7-2019',
      anneesSansMontant: [],
      indicatif: true,
    });
    expect(c.hypotheses).toContain(NOTE_RECRUTEMENT);
    expect(c.versements[0]?.note).toBe(
      `Avance de 70 % dans les 15 jours suivant le recrutement de l’assistant. ${NOTE_RECRUTEMENT}`,
    );
  });

  it('« calendrier » est le dernier champ ; le reste du résultat est celui de la sortie par défaut', () => {
    const defaut = lignes(reussi('defaut').stdout);
    const avec = lignes(reussi('json').stdout);
    expect(avec).toHaveLength(defaut.length);
    expect(avec[1]?.startsWith(`${defaut[1]?.slice(0, -1)},"calendrier":{`)).toBe(true);
  });

  it('--indente : même contenu, indenté', () => {
    expect(JSON.parse(reussi('indente').stdout)).toEqual(sorties('json'));
    expect(run.indente?.stdout).toContain('\n    "calendrier": {\n      "structure": "liberal",');
  });

  it('tous les cas de référence : un calendrier par résultat, vide pour un non éligible', () => {
    const avec = sorties('tousCalendrier');
    const sans = sorties('tousDefaut');
    expect(avec.map(({ calendrier: _c, ...reste }) => reste)).toEqual(sans);
    for (const s of avec) {
      expect(s.calendrier?.versements.length === 0).toBe(s.eligibilite.statut === 'ineligible');
    }
  });
});

describe('--date-recrutement=AAAA-MM-JJ', () => {
  it('date l’avance de l’année 1 à 15 jours du recrutement, qui n’est plus supposé', () => {
    const c = calendrier('recrute');
    expect(c.versements[0]).toMatchObject({
      annee: 1,
      date: '2022-10-18',
      montant: 12600,
      indicatif: false,
      note: 'Avance de 70 % dans les 15 jours suivant le recrutement de l’assistant.',
    });
    expect(c.hypotheses).not.toContain(NOTE_RECRUTEMENT);
    expect(c.versements.slice(1)).toEqual(calendrier('json').versements.slice(1));
  });

  it('s’écrit aussi « --date-recrutement 2022-10-03 »', () => {
    expect(reussi('recruteEspace').stdout).toBe(reussi('recrute').stdout);
  });

  it.each([
    ['date impossible', 'dateImpossible', /« 2024-02-30 »/],
    ['date à la française', 'dateFrancaise', /« 16\/09\/2024 »/],
    ['valeur absente', 'dateAbsente', /attend une date AAAA-MM-JJ/],
    ['sans --calendrier', 'sansCalendrier', /ajouter --calendrier/],
  ])(
    '%s : une ligne en français qui nomme l’option, code 2, rien sur la sortie',
    (_t, nom, motif) => {
      const e = run[nom] as Execution;
      expect(e.code).toBe(2);
      expect(e.stdout).toBe('');
      expect(lignes(e.stderr)).toEqual([
        expect.stringMatching(/^erreur : .*l’option --date-recrutement/),
      ]);
      expect(e.stderr).toMatch(motif);
    },
  );

  it('le message d’une date invalide, en entier', () => {
    expect(run.dateImpossible?.stderr).toBe(
      'erreur : date invalide pour l’option --date-recrutement : « 2024-02-30 » (une date réelle ' +
        'AAAA-MM-JJ est attendue, ex. 2024-09-16) ; voir « npm run simulate -- --help »\n',
    );
  });
});

describe('--format csv --calendrier : une ligne par versement', () => {
  it('en-tête, puis les 9 versements avec l’index de la situation', () => {
    const [entete, ...rangs] = lignes(reussi('csv').stdout);
    expect(entete).toBe(
      'index,reference,annee,portion,anneePortion,date,montant,part,nature,indicatif,note',
    );
    expect(rangs).toHaveLength(9);
    expect(
      csv('csv').map((r) => [r.index, r.annee, r.portion, r.date, r.montant, r.part, r.nature]),
    ).toEqual([
      ['1', '1', '', '2022-09-16', '12600', '0.7', 'avance'],
      ['1', '1', '', '2023-09-01', '5400', '0.3', 'solde'],
      ['1', '2', '', '2023-09-01', '13500', '1', 'versement'],
      ['1', '3', '', '2025-03-01', '5500', '0.5', 'avance'],
      ['1', '3', '', '2025-09-01', '5500', '0.5', 'solde'],
      ['1', '4', '', '2026-03-01', '5500', '0.5', 'avance'],
      ['1', '4', '', '2026-09-01', '5500', '0.5', 'solde'],
      ['1', '5', '', '2027-03-01', '5500', '0.5', 'avance'],
      ['1', '5', '', '2027-09-01', '5500', '0.5', 'solde'],
    ]);
  });

  it('l’année 3 : 5 500 + 5 500 = 11 000 €', () => {
    const annee3 = csv('csv').filter((r) => r.annee === '3');
    expect(annee3.map((r) => r.montant)).toEqual(['5500', '5500']);
    expect(annee3.reduce((s, r) => s + centimes(Number(r.montant))!, 0)).toBe(1100000);
  });

  it('indicatif oui/non, note entre guillemets quand elle contient une virgule', () => {
    const [, premier, , troisieme] = lignes(reussi('csvRecrute').stdout);
    expect(premier).toBe(
      '1,,1,,,2022-10-18,12600,0.7,avance,non,Avance de 70 % dans les 15 jours suivant le recrutement de l’assistant.',
    );
    expect(troisieme).toBe(
      '1,,2,,,2023-09-01,13500,1,versement,oui,"Année 2 versée en une fois à la date anniversaire ' +
        'du contrat. Pour l’avenant 7, aucun texte lu ne le précise : calendrier des régimes suivants retenu."',
    );
  });
});

describe('--aide', () => {
  it('décrit --calendrier et --date-recrutement en français', () => {
    const texte = reussi('aide').stdout;
    expect(texte).toContain('--calendrier       ajoute le calendrier indicatif des versements');
    expect(texte).toContain('--date-recrutement=AAAA-MM-JJ');
    expect(texte).toContain('parAnneeCivile');
  });
});
