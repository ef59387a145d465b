/** Text of `--help` (French, for users). */
export const AIDE = `Simulateur de l’aide à l’emploi d’un assistant médical (Assurance Maladie)

Usage
  npm run --silent simulate -- FICHIER [options]
  … | npm run --silent simulate -- - [options]      (« - » : lire l’entrée standard)

Entrée
  FICHIER contient des situations en JSON, en CSV ou dans un classeur Excel (.xlsx). Le format
  se déduit du contenu (un classeur .xlsx commence par les octets d’une archive zip « PK »)
  ou de l’extension (.xlsx, .json, .csv), sinon du premier caractère : « { » ou « [ »
  annonce du JSON, tout le reste est lu comme du CSV.

  JSON : une situation (objet), ou une liste de situations. Les noms et types des champs sont
  ceux de ../shared/cases/README.md (section « Situation ») : « secteur » est une chaîne
  ("1", "2", "non-conventionne"), les effectifs sont des nombres, les options des booléens.
  Un fichier de cas de référence ({ "id", "input", "expected", … }) est accepté tel quel :
  sa situation « input » est simulée (de même pour une liste de tels cas).

  CSV : séparateur « , » ou « ; » (reconnu sur la ligne d’en-tête), une ligne d’en-tête avec
  les noms des champs, puis une situation par ligne. Encodage reconnu : UTF-8 (avec ou sans
  BOM), UTF-16 avec BOM, Windows-1252 (« CSV (séparateur : point-virgule) » d’Excel) ; fins de
  ligne LF ou CRLF. Cellule vide = champ absent. Les valeurs sont converties selon le type du
  champ :
    - nombres : 12, 0.6 ou 0,6 (entre guillemets si le séparateur est « , »), 1 200 ;
    - booléens : true/false, oui/non, vrai/faux ;
    - listes de valeurs : éléments séparés par « ; » ou « | », ex. atteinte = 1;1;0.6
      (dans un fichier séparé par « ; » : "1;1;0,6" entre guillemets, ou 1|1|0,6)
      (ou une colonne par élément : atteinte.0, atteinte.1…, numérotées à partir de 0) ;
    - champs imbriqués : nom pointé, ex. patientele.mtAdultes, objectif.fileActive ;
    - listes d’objets (realise, assistants) : une colonne par objet et par champ, numérotée à
      partir de 0 (realise.0.mt, realise.0.fileActive, assistants.1.anneeDebut,
      assistants.1.etp…), ou une colonne par champ avec les valeurs séparées par « ; »
      (realise.mt = 100;200;270 et realise.fileActive = 400;550;700) ;
    - reference : votre identifiant de la ligne (nom, numéro de dossier), rendu tel quel.
  Les noms __proto__, constructor et prototype sont refusés dans l’en-tête.
  En-têtes et valeurs en français acceptés à côté des noms publics (qui restent la référence),
  sans tenir compte des majuscules, accents ni espaces : Structure, Date de signature,
  Spécialité, Secteur, OPTAM, Option, Bande, Patientèle MT adultes, File active… ; la colonne
  Nom, Médecin, Identifiant ou N° dossier est la reference. Valeurs : « libéral »,
  « centre de santé », « groupe » ou « contrat collectif » ; le libellé d’une spécialité
  (« Médecine générale ») ; « secteur 1 » ; « plein temps » ou « 1 ETP », « mi-temps » ou
  « ½ ETP » ; « P30-P50 » ; dates JJ/MM/AAAA. Les colonnes de résultat de nos exports
  (Verdict, Raisons, Année N (€), Total (€)…) sont ignorées : un export se relit tel quel.

  Excel (.xlsx) : la première feuille, sa première ligne pour l’en-tête, puis les mêmes règles
  que le CSV ; les cellules date d’Excel sont lues comme des dates AAAA-MM-JJ, les formules
  ne sont pas calculées (la valeur enregistrée par le tableur est lue).
  Exemple :
    structure,dateSignature,specialite,secteur,option,bande,atteinte
    liberal,2025-02-01,medecine-generale,1,plein,P30-P50,1;1;0.6;0.9;1

Sortie (sur la sortie standard)
  JSON (par défaut) : toujours une liste, un résultat par situation valide, dans l’ordre de
  l’entrée, un résultat par ligne. Chaque résultat porte « index » (rang de la situation dans l’entrée, à partir
  de 1), puis regime, eligibilite { statut, raisons, manquants }, objectif { mt, fileActive },
  annees [{ annee, debut, regime, plafond, taux, montant, … }] et total.

Options
  --format json|csv  format de sortie (json par défaut). En csv : une ligne par situation,
                     colonnes index, reference, statut, regime, option, raisons (codes séparés
                     par « ; »), manquants, objectif.mt, objectif.fileActive, total, puis
                     annee1…anneeN (montant de chaque année du contrat). Toute sortie csv a la
                     colonne reference après index ; une cellule de texte qui commence par =,
                     +, -, @, une tabulation ou un retour chariot est précédée d’une
                     apostrophe « ' », pour qu’un tableur ne l’exécute pas comme une formule
                     (les nombres, même négatifs, restent des nombres).
  --format csv-fr    tableau des résultats pour un tableur français : « ; », virgule
                     décimale, BOM UTF-8, fins de ligne CRLF. Une ligne par situation (les
                     invalides aussi, avec leurs messages) : Ligne (rang dans l’entrée),
                     reference, les colonnes d’entrée (noms publics), Verdict (en mots),
                     Statut, Raisons (en mots), Régime retenu, Option retenue, objectifs MT et
                     file active, Année 1 (€)…, Total (€). Se relit tel quel en entrée.
  --format xlsx      le même tableau dans un classeur Excel écrit sur la sortie standard, à
                     rediriger vers un fichier (refusé si la sortie est un terminal) ; les
                     textes y sont des cellules texte, jamais des formules. csv-fr et xlsx ne
                     se combinent pas avec --calendrier ni --cout.
  --indente          JSON indenté, plus lisible (par défaut : un résultat par ligne, plus
                     rapide pour les gros fichiers ; --compact rétablit ce défaut).
  --explications     garde dans le JSON les arbres d’explication des montants et des
                     objectifs (omis par défaut : ils sont volumineux).
  --calendrier       ajoute le calendrier indicatif des versements de chaque contrat (dates
                     « au plus tard », montants au centime ; les versements d’une année font
                     exactement son montant). En JSON : un champ « calendrier » en fin de
                     résultat : structure, regime, versements [{ annee, portion et
                     anneePortion (centres), date, montant, part, nature, indicatif, note,
                     sources, confiance }], anneesSansMontant, hypotheses, indicatif, et
                     parAnneeCivile [{ annee, nombre, montant }] (totaux par année civile).
                     En csv : une ligne par versement, colonnes index, reference, annee,
                     portion, anneePortion, date, montant, part, nature (avance, solde,
                     versement), indicatif (oui/non), note ; une situation sans versement
                     (non éligible) n’a aucune ligne.
  --date-recrutement=AAAA-MM-JJ
                     (avec --calendrier) date de recrutement de l’assistant, qui date
                     l’avance de l’année 1 (avenant 7 ; centres : assistants recrutés au
                     début du contrat) ; à défaut, la date de signature est retenue et le
                     calendrier le signale. Elle vaut pour toutes les situations de l’entrée.
  --cout             ajoute le coût net de l’assistant par année de contrat : salaire brut,
                     cotisations patronales, réductions (réduction générale…), coût
                     employeur, aide et reste à charge. Les cotisations viennent du modèle
                     social français de mon-entreprise.urssaf.fr (modele-social 11.1.0,
                     législation 2026 : une année de contrat d’une autre année est estimée
                     aux règles de 2026) : CDI, non-cadre, moins de 11 salariés, temps
                     partiel sous 35 heures, évalué au début de chaque année de contrat ;
                     au-delà de 35 heures, un assistant à temps plein par tranche de
                     35 heures. En JSON : un champ « cout » en fin de résultat (après
                     « calendrier ») : sansCout (raison de l’absence de coût, ou null),
                     calcul { methode: modele, nom, version, anneeRegles } ou { methode:
                     taux-saisi, taux } (une part : 0.3 = 30 %), annees [{ annee, debut,
                     etp, heuresHebdomadaires, salaire { montant, origine, conventionnel,
                     smic }, sousSmic, salaireBrutAnnuel, cotisations, reductions, charges
                     (cotisations moins réductions), detail { cotisations [{ code, montant }],
                     reductions [{ code, montant }] }, horsAnneeRegles (avant, apres ou
                     null), coutEmployeur, aide, resteACharge }], totaux { coutEmployeur,
                     aide, resteACharge }, heuresOption, sousTempsOption.
                     En csv : une ligne par année de contrat, colonnes index, reference,
                     annee, debut, etp, heuresHebdomadaires, salaireBrutMensuel,
                     origineSalaire (saisie, conventionnel, smic), salaireBrutAnnuel, charges,
                     coutEmployeur, aide, resteACharge, cotisations, reductions,
                     reductionGenerale, calcul
                     (« modele-social 11.1.0 » ou « taux saisi 30 % »), anneeRegles,
                     salaireSousSmic (oui/non) ; une situation sans coût (non éligible) n’a
                     aucune ligne. Par défaut : salaire minimum conventionnel d’un assistant
                     médical (niveau 5) ou le SMIC s’il est plus élevé, temps de travail payé
                     par le contrat (option ou ETP des assistants). Un salaire inférieur au
                     SMIC est calculé tel quel, avec un avertissement sur la sortie d’erreur.
                     En csv, --cout et --calendrier ne se combinent pas (en JSON, si).
  --salaire=EUROS    (avec --cout) salaire brut mensuel à temps plein, en euros (plus de 0,
                     au plus 100 000 ; virgule décimale admise : 1900,50).
  --heures=HEURES    (avec --cout) durée de travail hebdomadaire de l’assistant, tous
                     assistants confondus (plus de 0, au plus 70, ex. 17,5).
  --charges=POURCENT (avec --cout) taux forfaitaire de charges patronales en % du salaire
                     brut (de 0 à 100, ex. 30) : remplace le modèle social (ni cotisations
                     détaillées ni réduction générale). Ces trois options valent pour toutes
                     les situations.
  --fils=auto|1|2    fils de calcul d’un gros lot (au moins 5 000 situations) : 1, un seul ;
                     2, un second fil calcule en parallèle ; auto (par défaut), un second fil
                     à partir de 3 cœurs (sur 2 cœurs, un seul fil est aussi rapide et
                     consomme moins). La sortie est la même, octet pour octet.
  -h, --help         affiche cette aide.

Erreurs et codes de sortie
  0  toutes les situations sont valides (une situation inéligible est un résultat valide) ;
  2  erreur de saisie : les situations valides sont quand même calculées et affichées, et
     chaque situation invalide est signalée sur la sortie d’erreur par UNE ligne, ex.
       élément 3 : patientele.mtAdultes : doit être supérieur ou égal à 0 (reçu : -5)
     (« élément N » pour une liste JSON, « ligne N » pour un CSV, numéro de ligne du fichier) ;
     ou bien fichier illisible, vide, JSON ou CSV mal formé (ligne et colonne indiquées),
     sortie impossible à écrire (disque plein…),
     option inconnue, date de --date-recrutement invalide, valeur de --salaire, --heures ou
     --charges invalide, --cout avec --calendrier en csv, --format xlsx sur un terminal ;
  1  erreur interne du simulateur (à signaler).

Exemples
  npm run --silent simulate -- ../shared/cases/cds-exemple-2.json
  npm run --silent simulate -- situations.csv --format csv > resultats.csv
  npm run --silent simulate -- medecins.xlsx --format xlsx > resultats.xlsx
  npm run --silent simulate -- medecins.xlsx --format csv-fr > resultats.csv
  npm run --silent simulate -- ../shared/cases/cds-exemple-2.json --indente
  npm run --silent simulate -- situations.csv --calendrier --format csv > versements.csv
  npm run --silent simulate -- cas.json --calendrier --date-recrutement=2024-09-16
  npm run --silent simulate -- cas.json --cout --salaire=1900,50 --charges=30 --format csv
  cat situations.json | npm run --silent simulate -- -
`;
