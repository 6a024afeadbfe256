/** The table walk on small hand-made document.xml bodies. */
import { DOMParser } from "@xmldom/xmldom";
import { documentGrid, tableRows, type XmlNode } from "../../../src/core/docx/table-grid";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function doc(body: string): XmlNode {
  return new DOMParser().parseFromString(
    `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    "text/xml"
  ) as unknown as XmlNode;
}

const p = (...runs: string[]): string => `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${runs.join("")}</w:p>`;
const r = (text: string): string => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (content: string, pr = ""): string => `<w:tc><w:tcPr>${pr}</w:tcPr>${content}</w:tc>`;
const tr = (...cells: string[]): string => `<w:tr>${cells.join("")}</w:tr>`;
const tbl = (...rows: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join("")}</w:tbl>`;
const span = (n: number): string => `<w:gridSpan w:val="${n}"/>`;
const restart = '<w:vMerge w:val="restart"/>';
const cont = "<w:vMerge/>";

function firstTable(body: string) {
  const d = doc(body) as unknown as {
    getElementsByTagNameNS(ns: string, n: string): { [i: number]: XmlNode };
  };
  return tableRows(
    d.getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "tbl")[0]
  );
}

const PLAN_HEADER = tr(
  tc(p(r("№")), restart),
  tc(p(r("Nomi")), restart),
  tc(p(r("O'lchov birligi")), restart),
  tc(p(r("Miqdori")), span(2)),
  tc(p(r("Amalga oshirish mexanizmi")), restart),
  tc(p(r("Bajarilish muddati")), restart),
  tc(p(r("Mas'ullar")), restart)
);
const PLAN_SUBHEADER = tr(
  tc(p(), cont),
  tc(p(), cont),
  tc(p(), cont),
  tc(p(r("2025-yil (fakt)"))),
  tc(p(r("2026-yil (reja)"))),
  tc(p(), cont),
  tc(p(), cont),
  tc(p(), cont)
);

describe("tableRows", () => {
  it("puts a horizontal merge's text in its first column and leaves the spanned columns blank", () => {
    expect(
      firstTable(tbl(tr(tc(p(r("I. Bo'lim")), span(3))), tr(tc(p(r("a"))), tc(p(r("b"))), tc(p(r("c"))))))
    ).toEqual([
      ["I. Bo'lim", "", ""],
      ["a", "b", "c"],
    ]);
  });

  it("reads a vertical merge's first cell (restart) and blanks its continuations", () => {
    const rows = firstTable(
      tbl(
        tr(tc(p(r("19.")), restart), tc(p(r("365"))), tc(p(r("Kitob")), restart)),
        tr(tc(p(r("ignored")), cont), tc(p(r("5167"))), tc(p(), '<w:vMerge w:val="continue"/>'))
      )
    );
    expect(rows).toEqual([
      ["19.", "365", "Kitob"],
      ["", "5167", ""],
    ]);
  });

  it("joins a cell's paragraphs with one space and keeps a line break inside a paragraph", () => {
    const rows = firstTable(
      tbl(
        tr(
          tc(p(r("- birinchi;")) + p() + p(r("- ikkinchi"))),
          tc(p(r("2026-yil davomida"), "<w:r><w:br/></w:r>", r("Har chorak")))
        )
      )
    );
    expect(rows).toEqual([["- birinchi; - ikkinchi", "2026-yil davomida\nHar chorak"]]);
  });

  it("joins the runs of a paragraph, skips deleted text and field codes, keeps hyperlinks", () => {
    const rows = firstTable(
      tbl(
        tr(
          tc(
            p(
              r("Axborot-"),
              r("kutubxona"),
              "<w:del><w:r><w:delText>xato</w:delText></w:r></w:del>",
              '<w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r>',
              `<w:hyperlink>${r(" markazi")}</w:hyperlink>`
            )
          )
        )
      )
    );
    expect(rows).toEqual([["Axborot-kutubxona markazi"]]);
  });

  it("starts a row after the columns its gridBefore skips", () => {
    const rows = firstTable(tbl(`<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${tc(p(r("x")))}</w:tr>`));
    expect(rows).toEqual([["", "", "x"]]);
  });
});

describe("documentGrid", () => {
  const item = tr(
    tc(p(r("1."))),
    tc(p(r("Tadbir nomi"))),
    tc(p(r("Tadbir"))),
    tc(p()),
    tc(p(r("4"))),
    tc(p(r("Mexanizm"))),
    tc(p(r("2026-yil davomida"))),
    tc(p(r("AKM direktori")))
  );
  const summary = tbl(
    tr(tc(p(r("№"))), tc(p(r("Ko'rsatkich"))), tc(p(r("Jami")))),
    tr(tc(p(r("1"))), tc(p(r("Bandlar"))), tc(p(r("48"))))
  );

  it("gives the paragraphs above the plan table as rows, then the plan table, and leaves other tables out", () => {
    const body =
      p(r("TASDIQLAYMAN")) +
      p() +
      p(
        r("Jondor tuman axborot-kutubxona markazining"),
        "<w:r><w:br/></w:r>",
        r("2026-yil uchun ISH REJASI")
      ) +
      tbl(PLAN_HEADER, PLAN_SUBHEADER, tr(tc(p(r("I. Bo'lim")), span(8))), item) +
      p(r("Jami")) +
      summary +
      p(r("Direktor ____ R. Halimov"));
    const got = documentGrid(doc(body));
    expect(got.tables).toBe(2);
    expect(got.planTable).toBe(0);
    expect(got.grid).toEqual([
      ["TASDIQLAYMAN"],
      ["Jondor tuman axborot-kutubxona markazining\n2026-yil uchun ISH REJASI"],
      [
        "№",
        "Nomi",
        "O'lchov birligi",
        "Miqdori",
        "",
        "Amalga oshirish mexanizmi",
        "Bajarilish muddati",
        "Mas'ullar",
      ],
      ["", "", "", "2025-yil (fakt)", "2026-yil (reja)", "", "", ""],
      ["I. Bo'lim", "", "", "", "", "", "", ""],
      ["1.", "Tadbir nomi", "Tadbir", "", "4", "Mexanizm", "2026-yil davomida", "AKM direktori"],
    ]);
  });

  it("takes the table with the plan header even when another table comes first (read above it as preamble)", () => {
    const got = documentGrid(doc(summary + p(r("Reja")) + tbl(PLAN_HEADER, PLAN_SUBHEADER, item)));
    expect(got.planTable).toBe(1);
    expect(got.grid.slice(0, 3)).toEqual([["№", "Ko'rsatkich", "Jami"], ["1", "Bandlar", "48"], ["Reja"]]);
    expect(got.grid[3][0]).toBe("№");
    expect(got.grid[3][1]).toBe("Nomi");
    expect(got.grid.length).toBe(6);
  });

  it("without a plan table gives everything in order (the reader then says there is no plan table)", () => {
    const got = documentGrid(doc(p(r("Salom")) + summary));
    expect(got.planTable).toBeNull();
    expect(got.grid[0]).toEqual(["Salom"]);
    expect(got.grid.length).toBe(3);
  });

  it("opens content controls around paragraphs and rows", () => {
    const body =
      `<w:sdt><w:sdtContent>${p(r("KELISHILDI"))}</w:sdtContent></w:sdt>` +
      tbl(PLAN_HEADER, `<w:sdt><w:sdtContent>${item}</w:sdtContent></w:sdt>`);
    const got = documentGrid(doc(body));
    expect(got.grid[0]).toEqual(["KELISHILDI"]);
    expect(got.grid[2][0]).toBe("1.");
  });

  it("reads a table above the plan (approval blocks side by side) as preamble lines, cell by cell", () => {
    const blocks = tbl(
      tr(
        tc(p(r("KELISHILDI")) + p(r("_____ H. Qosimov"))),
        tc(p(r("TASDIQLAYMAN")) + p(r("_____ R. Halimov")))
      )
    );
    const got = documentGrid(doc(blocks + tbl(PLAN_HEADER, PLAN_SUBHEADER, item)));
    expect(got.planTable).toBe(1);
    expect(got.grid[0]).toEqual(["KELISHILDI\n_____ H. Qosimov", "TASDIQLAYMAN\n_____ R. Halimov"]);
    expect(got.grid[1][0]).toBe("№");
  });
});
