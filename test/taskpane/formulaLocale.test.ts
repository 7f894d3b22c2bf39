import { displayFormula, toFrenchFormula } from "../../src/taskpane/trainer/formulaLocale";

// Expected French texts written by hand from French Excel's formula bar conventions.
describe("toFrenchFormula", () => {
  test.each([
    [
      "=IFERROR(SUMIFS(Ventes[CA HT],Ventes[Mois],[@Mois]),0)",
      "=SIERREUR(SOMME.SI.ENS(Ventes[CA HT];Ventes[Mois];[@Mois]);0)",
    ],
    [
      '=IF([@[CA N-1]]=0,"n.s.",[@[Écart N/N-1]]/[@[CA N-1]])',
      '=SI([@[CA N-1]]=0;"n.s.";[@[Écart N/N-1]]/[@[CA N-1]])',
    ],
    ["=ROUND(A1*0.05,2)", "=ARRONDI(A1*0,05;2)"],
    ['=IF(A1>0,"a, b; c","x")', '=SI(A1>0;"a, b; c";"x")'],
    ["=SUM(Ventes[[#This Row],[CA HT]:[Coût]])", "=SOMME(Ventes[[#Cette ligne];[CA HT]:[Coût]])"],
    [
      "=SUBTOTAL(109,SuiviMensuel[[#Data],[CA HT]])",
      "=SOUS.TOTAL(109;SuiviMensuel[[#Données];[CA HT]])",
    ],
    ["='Suivi mensuel'!B2+1.5", "='Suivi mensuel'!B2+1,5"],
    ["='Ventes, 2024'!$B$2", "='Ventes, 2024'!$B$2"],
    ["=Ventes[Coût d''achat]*1.2", "=Ventes[Coût d''achat]*1,2"],
    ["=_xlfn.IFS(A1>1,TRUE,FALSE)", "=SI.CONDITIONS(A1>1;VRAI;FAUX)"],
    ['=IF(ISNUMBER([@Date]),YEAR([@Date]),"")', '=SI(ESTNUM([@Date]);ANNEE([@Date]);"")'],
    ["=DATE(YEAR([@Date]),MONTH([@Date]),1)", "=DATE(ANNEE([@Date]);MOIS([@Date]);1)"],
    ["=EDATE([@Mois],-12)", "=MOIS.DECALER([@Mois];-12)"],
    ['=IFERROR(A1/B1,"#N/A")', '=SIERREUR(A1/B1;"#N/A")'],
    ["=IF(ISERROR(A1),#VALUE!,A1)", "=SI(ESTERREUR(A1);#VALEUR!;A1)"],
    ["=Données!A1+Feuil1!B2", "=Données!A1+Feuil1!B2"],
    ["=1E+3+2.5E-2", "=1E+3+2,5E-2"],
  ])("%s", (english, french) => {
    expect(toFrenchFormula(english)).toBe(french);
  });

  test("an unknown function is left as written", () => {
    expect(toFrenchFormula("=FOO(1,2)")).toBe("=FOO(1;2)");
  });
});

describe("displayFormula", () => {
  test("English keeps names and separators but drops the _xlfn prefix", () => {
    expect(displayFormula("=_xlfn.IFS(A1>1,1.5,0)", "en")).toBe("=IFS(A1>1,1.5,0)");
  });
  test("French translates", () => {
    expect(displayFormula("=SUMIFS(Ventes[CA HT],Ventes[Mois],[@Mois])", "fr")).toBe(
      "=SOMME.SI.ENS(Ventes[CA HT];Ventes[Mois];[@Mois])"
    );
  });
});
