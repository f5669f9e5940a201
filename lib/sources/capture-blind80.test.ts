// Accuracy on the eightieth held-out corpus (fixtures/captures-blind80): the Russia–North Korea story in the week of
// 23–29 November 2026 as an English desk receives wire copy, from publishers never seen: regional papers of Canada,
// Australia, New Zealand, the United States, India, Malaysia, South Korea, Japan, Zambia, Germany, Bosnia and
// Herzegovina, Ukraine and Azerbaijan, a shipping trade paper and two television stations' sites running AP, Reuters,
// AFP, dpa, Yonhap, Kyodo, TASS, Xinhua, PTI, Bernama, UPI, Anadolu, Ukrinform or Interfax copy under their mastheads
// (Kamloops Evening Ledger, Riverina Daily Advocate, Pembina Valley Press, The Jeonbuk English Times, Hokkaido Evening
// Press, Kuching Daily Tribune, Coimbatore Evening Mail, Kenora Lakeside News, Lusaka Morning Star, Elbe Courier,
// Panhandle 5 News, Mostar English Daily, The Carpathian Herald, Baltic Shipping Review, Caspian English Courier,
// Mangalore Coastal Times, WKRB 9), three wires' own pages (Agencia EFE, ANI News, ANSA), a syndicated column's print
// view (Sheboygan Lakeshore Journal) and a live page (Northland Seven News): "By The Associated Press", "Reuters
// staff", "AFP | Updated: …", "— With files from The Associated Press", "This is a breaking news update. AP's earlier
// story is below.", "URGENT", "BC-EU--Russia-NKorea, 1st Ld-Writethru", "(ADDS … in paragraph 4)", "Reporting by …;
// Editing by …", "(c) Copyright Thomson Reuters 2026", "(END)", "-- BERNAMA", "Distributed by Tribune Content Agency,
// LLC.", a correction's note, "(KCNA via KNS/AP)", "Photo: Yonhap". Half plain-text copies, half saved pages. Written
// and measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table
// is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND80_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the eightieth held-out capture corpus",
  {
    dir: BLIND80_CORPUS,
    label: "blind corpus 80",
    earlier: corporaBefore(BLIND80_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 2,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds copy of every wire the corpus names, and a page that credits none", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const source of ["AP", "Reuters", "AFP", "dpa", "Yonhap", "Kyodo", "TASS", "Xinhua", "ANI", "PTI", "Bernama", "EFE", "ANSA", "UPI", "Anadolu", "Ukrinform", "Interfax"]) {
        expect(agencies.has(source), source).toBe(true);
      }
      expect(corpus.filter((c) => c.expect.agency === null).length).toBeGreaterThanOrEqual(2);
    });
  },
);
