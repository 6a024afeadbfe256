/** Excel.Worksheet, WorksheetFreezePanes, PageLayout stand-ins. */
import { MAX_COLS, MAX_ROWS, parseAddress, rectInBounds, type Rect } from "./address";
import { ErrorCode, fail } from "./errors";
import { EventHandlers } from "./events";
import { normalizeColor, oneOf, requireBoolean, requireNumber } from "./format-values";
import type { WorksheetChangedArgs } from "./host";
import { validateSheetName, type PageLayoutModel, type SheetModel } from "./model";
import { ProxyObject, snapshotArg, type StandinContext } from "./proxy";
import { Range, parseRangeArg, rangeLinks } from "./range";
import { modelOf } from "./target";
import { RangeAreas, parseAreas } from "./range-areas";
import { WorksheetProtection } from "./protection";
import { ChartCollection } from "./chart";

const VISIBILITY = ["Visible", "Hidden", "VeryHidden"] as const;

export class Worksheet extends ProxyObject<SheetModel> {
  private _freeze?: WorksheetFreezePanes;
  private _page?: PageLayout;
  private _breaks?: PageBreakCollection;
  private _onChanged?: EventHandlers<WorksheetChangedArgs>;
  private _protection?: WorksheetProtection;
  private _charts?: ChartCollection;

  protected _scalarNames(): readonly string[] {
    return ["name", "id", "position", "visibility", "tabColor", "showGridlines"];
  }
  protected override _navigation(name: string): ProxyObject<unknown> | undefined {
    if (name === "horizontalPageBreaks") return this.horizontalPageBreaks;
    if (name === "protection") return this.protection;
    if (name === "charts") return this.charts;
    return name === "freezePanes" ? this.freezePanes : name === "pageLayout" ? this.pageLayout : undefined;
  }
  /** @internal the sheet, failing if it was deleted. */
  _sheet(): SheetModel {
    const s = this._target();
    if (!modelOf(this.context).sheets.includes(s))
      fail(ErrorCode.itemNotFound, "The worksheet no longer exists.");
    return s;
  }
  protected _read(s: SheetModel, name: string): unknown {
    const model = modelOf(this.context);
    if (!model.sheets.includes(s)) fail(ErrorCode.itemNotFound, "The worksheet no longer exists.");
    switch (name) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return model.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.visibility === "Visible" ? s.tabColor : null;
      case "showGridlines":
        return true;
    }
    return undefined;
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._queueSet("name", v, () => {
      const s = this._sheet();
      validateSheetName(v);
      const other = modelOf(this.context).findSheet(v);
      if (other && other !== s)
        fail(ErrorCode.itemAlreadyExists, `A sheet named '${v}' already exists.`, "Worksheet.name");
      s.name = v;
      modelOf(this.context).undo.clearOnDesktop(); // Worksheet.name: "Yes | No" (web | Windows, Mac)
    });
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._queueSet("position", v, () => {
      const s = this._sheet();
      const model = modelOf(this.context);
      const p = requireNumber(v, "Worksheet.position", 0, model.sheets.length - 1);
      if (!Number.isInteger(p)) fail(ErrorCode.invalidArgument, undefined, "Worksheet.position");
      model.sheets = model.sheets.filter((x) => x !== s);
      model.sheets.splice(p, 0, s);
      modelOf(this.context).undo.clearOnDesktop(); // Worksheet.position: "Yes | No" (web | Windows, Mac)
    });
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._queueSet("visibility", v, () => {
      const s = this._sheet();
      const model = modelOf(this.context);
      const vis = oneOf(v, VISIBILITY, "Worksheet.visibility");
      if (
        vis !== "Visible" &&
        s.visibility === "Visible" &&
        model.sheets.filter((x) => x.visibility === "Visible").length === 1
      )
        fail(
          ErrorCode.invalidOperation,
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.visibility"
        );
      s.visibility = vis;
      if (vis !== "Visible" && model.activeSheetId === s.id)
        model.activeSheetId = model.sheets.find((x) => x.visibility === "Visible")!.id;
      modelOf(this.context).undo.clearOnDesktop(); // Worksheet.visibility: "Yes | No" (web | Windows, Mac)
    });
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._queueSet(
      "tabColor",
      v,
      () => void (this._sheet().tabColor = normalizeColor(v, "Worksheet.tabColor") ?? "")
    );
  }
  get showGridlines(): boolean {
    return this._get("showGridlines");
  }

  get freezePanes(): WorksheetFreezePanes {
    return (this._freeze ??= new WorksheetFreezePanes(
      this.context,
      `${this._path}.freezePanes`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
  get pageLayout(): PageLayout {
    return (this._page ??= new PageLayout(
      this.context,
      `${this._path}.pageLayout`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
  /** ExcelApi 1.9: manual page breaks above rows. */
  get horizontalPageBreaks(): PageBreakCollection {
    return (this._breaks ??= new PageBreakCollection(
      this.context,
      `${this._path}.horizontalPageBreaks`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
  /** ExcelApi 1.2: sheet protection. */
  get protection(): WorksheetProtection {
    return (this._protection ??= new WorksheetProtection(
      this.context,
      `${this._path}.protection`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
  /** ExcelApi 1.1: the sheet's charts (a minimal model: type, source range, title, position). */
  get charts(): ChartCollection {
    return (this._charts ??= new ChartCollection(
      this.context,
      `${this._path}.charts`,
      () => this._sheet(),
      this._nullable
    ));
  }
  get onChanged(): EventHandlers<WorksheetChangedArgs> {
    const host = this.context.host;
    return (this._onChanged ??= new EventHandlers(
      this.context,
      `${this._path}.onChanged`,
      (h) => host.addChangeHandler(this._sheet().id, h, this.context),
      (h) => host.removeChangeHandler(this._sheet().id, h, this.context)
    ));
  }

  private _range(
    name: string,
    args: unknown[],
    rect: (s: SheetModel) => Rect | null,
    nullable = this._nullable
  ): Range {
    return new Range(
      this.context,
      `${this._path}.${name}(${args.map((a) => JSON.stringify(a)).join(",")})`,
      () => {
        const s = this._targetOrNull();
        if (s === null) return null;
        if (!modelOf(this.context).sheets.includes(s))
          fail(ErrorCode.itemNotFound, "The worksheet no longer exists.");
        const r = rect(s);
        if (r === null) return null;
        if (!rectInBounds(r))
          fail(ErrorCode.invalidArgument, "The range is outside the worksheet.", `Worksheet.${name}`);
        return { sheet: s, rect: r };
      },
      nullable
    );
  }

  getRange(address?: string): Range {
    return this._range("getRange", address === undefined ? [] : [address], (s) =>
      address === undefined || address === ""
        ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 }
        : parseRangeArg(this.context, s, address, "Worksheet.getRange")
    );
  }
  /** Several areas, comma-separated ("A1:B2,D4"), as one RangeAreas (ExcelApi 1.9). */
  getRanges(address: string): RangeAreas {
    return new RangeAreas(
      this.context,
      `${this._path}.getRanges(${JSON.stringify(address)})`,
      () => {
        const s = this._targetOrNull();
        if (s === null) return null;
        if (!modelOf(this.context).sheets.includes(s))
          fail(ErrorCode.itemNotFound, "The worksheet no longer exists.");
        return parseAreas(this.context, s, address, "Worksheet.getRanges");
      },
      this._nullable
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this._range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      if (
        ![startRow, startColumn, rowCount, columnCount].every(Number.isInteger) ||
        rowCount < 1 ||
        columnCount < 1
      )
        fail(ErrorCode.invalidArgument, undefined, "Worksheet.getRangeByIndexes");
      return {
        r0: startRow,
        c0: startColumn,
        r1: startRow + rowCount - 1,
        c1: startColumn + columnCount - 1,
      };
    });
  }
  getCell(row: number, column: number): Range {
    return this._range("getCell", [row, column], () => ({ r0: row, c0: column, r1: row, c1: column }));
  }
  getUsedRange(valuesOnly = false): Range {
    return this._range(
      "getUsedRange",
      [valuesOnly],
      (s) => modelOf(this.context).usedRect(s, valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this._range(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (s) => modelOf(this.context).usedRect(s, valuesOnly) ?? null,
      true
    );
  }
  delete(): void {
    this._queueCall("delete", [], () => modelOf(this.context).deleteSheet(this._sheet()));
  }
  activate(): void {
    this._queueCall("activate", [], () => {
      const s = this._sheet();
      if (s.visibility !== "Visible")
        fail(ErrorCode.invalidOperation, "A hidden worksheet cannot be activated.", "Worksheet.activate");
      const model = modelOf(this.context);
      model.activeSheetId = s.id;
      if (model.selection?.sheetId !== s.id) model.selection = undefined;
    });
  }
  calculate(_markAllDirty?: boolean): void {
    this._queueCall("calculate", [], () => undefined);
  }
}

rangeLinks.worksheet = (
  ctx: StandinContext,
  path: string,
  resolve: () => SheetModel | null,
  nullable: boolean
) => new Worksheet(ctx, path, resolve, nullable);

/**
 * Excel.PageBreakCollection (horizontal): `add(range)` puts a manual break above the range's top-left cell,
 * `removePageBreaks()` removes the manual ones, `getCount()` counts them. Adding a break where one is already
 * is a no-op here (Excel keeps one break per row).
 */
export class PageBreakCollection extends ProxyObject<SheetModel> {
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  add(pageBreakRange: Range | string): void {
    this._queueCall("add", [pageBreakRange instanceof Range ? pageBreakRange._path : pageBreakRange], (s) => {
      const rect = parseRangeArg(this.context, s, pageBreakRange, "PageBreakCollection.add");
      if (rect.r0 === 0)
        fail(
          ErrorCode.invalidArgument,
          "A page break cannot be added above the first row.",
          "PageBreakCollection.add"
        );
      const rows = new Set(s.pageLayout.horizontalBreaks ?? []);
      rows.add(rect.r0);
      s.pageLayout.horizontalBreaks = [...rows].sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this._queueCall("removePageBreaks", [], (s) => void (s.pageLayout.horizontalBreaks = []));
  }
}

export class WorksheetFreezePanes extends ProxyObject<SheetModel> {
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  freezeRows(count = 1): void {
    this._queueCall(
      "freezeRows",
      [count],
      (s) =>
        void (s.freeze = {
          rows: requireNumber(count, "WorksheetFreezePanes.freezeRows", 0, MAX_ROWS - 1),
          cols: 0,
        })
    );
  }
  freezeColumns(count = 1): void {
    this._queueCall(
      "freezeColumns",
      [count],
      (s) =>
        void (s.freeze = {
          rows: 0,
          cols: requireNumber(count, "WorksheetFreezePanes.freezeColumns", 0, MAX_COLS - 1),
        })
    );
  }
  freezeAt(frozenRange: Range | string): void {
    this._queueCall("freezeAt", [frozenRange instanceof Range ? frozenRange._path : frozenRange], (s) => {
      const rect = parseRangeArg(this.context, s, frozenRange, "WorksheetFreezePanes.freezeAt");
      s.freeze = {
        rows: rect.r1 === MAX_ROWS - 1 ? 0 : rect.r1 + 1,
        cols: rect.c1 === MAX_COLS - 1 ? 0 : rect.c1 + 1,
      };
    });
  }
  unfreeze(): void {
    this._queueCall("unfreeze", [], (s) => void (s.freeze = { rows: 0, cols: 0 }));
  }
  private _location(nullable: boolean): Range {
    return new Range(
      this.context,
      `${this._path}.getLocation${nullable ? "OrNullObject" : ""}()`,
      () => {
        const s = this._targetOrNull();
        if (s === null) return null;
        const { rows, cols } = s.freeze;
        if (!rows && !cols)
          return nullable
            ? null
            : fail(
                ErrorCode.itemNotFound,
                "The worksheet has no frozen panes.",
                "WorksheetFreezePanes.getLocation"
              );
        return {
          sheet: s,
          rect: { r0: 0, c0: 0, r1: rows ? rows - 1 : MAX_ROWS - 1, c1: cols ? cols - 1 : MAX_COLS - 1 },
        };
      },
      nullable
    );
  }
  getLocation(): Range {
    return this._location(false);
  }
  getLocationOrNullObject(): Range {
    return this._location(true);
  }
}

const PAPER = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
] as const;

export class PageLayout extends ProxyObject<SheetModel> {
  private _hf?: HeaderFooterGroup;
  protected _scalarNames(): readonly string[] {
    return ["orientation", "paperSize", "zoom", "centerHorizontally", "centerVertically", "printGridlines"];
  }
  protected override _navigation(name: string): ProxyObject<unknown> | undefined {
    return name === "headersFooters" ? this.headersFooters : undefined;
  }
  protected _read(s: SheetModel, name: string): unknown {
    return snapshotArg((s.pageLayout as unknown as Record<string, unknown>)[name]);
  }
  private _setLayout<K extends keyof PageLayoutModel>(
    name: K,
    value: unknown,
    norm: (v: unknown) => PageLayoutModel[K]
  ): void {
    this._queueSet(name, value, (s) => void (s.pageLayout[name] = norm(value)));
  }
  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this._setLayout("orientation", v, (x) =>
      oneOf(x, ["Portrait", "Landscape"] as const, "PageLayout.orientation")
    );
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this._setLayout("paperSize", v, (x) => oneOf(x, PAPER, "PageLayout.paperSize"));
  }
  get zoom(): PageLayoutModel["zoom"] {
    return this._get("zoom");
  }
  set zoom(v: PageLayoutModel["zoom"]) {
    this._setLayout("zoom", snapshotArg(v), (x) => {
      const z = (x ?? {}) as PageLayoutModel["zoom"];
      if (z.scale !== undefined) requireNumber(z.scale, "PageLayout.zoom.scale", 10, 400);
      if (z.horizontalFitToPages !== undefined) requireNumber(z.horizontalFitToPages, "PageLayout.zoom", 0);
      if (z.verticalFitToPages !== undefined) requireNumber(z.verticalFitToPages, "PageLayout.zoom", 0);
      return { ...z };
    });
  }
  get centerHorizontally(): boolean {
    return this._get("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this._setLayout("centerHorizontally", v, (x) => requireBoolean(x, "PageLayout.centerHorizontally"));
  }
  get centerVertically(): boolean {
    return this._get("centerVertically");
  }
  set centerVertically(v: boolean) {
    this._setLayout("centerVertically", v, (x) => requireBoolean(x, "PageLayout.centerVertically"));
  }
  get printGridlines(): boolean {
    return this._get("printGridlines");
  }
  set printGridlines(v: boolean) {
    this._setLayout("printGridlines", v, (x) => requireBoolean(x, "PageLayout.printGridlines"));
  }
  get headersFooters(): HeaderFooterGroup {
    return (this._hf ??= new HeaderFooterGroup(
      this.context,
      `${this._path}.headersFooters`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }

  setPrintTitleRows(rows: Range | string): void {
    this._queueCall("setPrintTitleRows", [rows instanceof Range ? rows._path : rows], (s) => {
      const rect =
        typeof rows === "string"
          ? parseAddress(rows.replace(/\$/g, ""))?.rect
          : parseRangeArg(this.context, s, rows, "PageLayout.setPrintTitleRows");
      if (!rect)
        fail(
          ErrorCode.invalidArgument,
          `Invalid print title rows '${String(rows)}'.`,
          "PageLayout.setPrintTitleRows"
        );
      s.pageLayout.printTitleRows = { r0: rect.r0, r1: rect.r1, c0: 0, c1: MAX_COLS - 1 };
    });
  }
  setPrintTitleColumns(cols: Range | string): void {
    this._queueCall("setPrintTitleColumns", [cols instanceof Range ? cols._path : cols], (s) => {
      const rect =
        typeof cols === "string"
          ? parseAddress(cols.replace(/\$/g, ""))?.rect
          : parseRangeArg(this.context, s, cols, "PageLayout.setPrintTitleColumns");
      if (!rect)
        fail(
          ErrorCode.invalidArgument,
          `Invalid print title columns '${String(cols)}'.`,
          "PageLayout.setPrintTitleColumns"
        );
      s.pageLayout.printTitleColumns = { r0: 0, r1: MAX_ROWS - 1, c0: rect.c0, c1: rect.c1 };
    });
  }
  setPrintArea(area: Range | string): void {
    this._queueCall(
      "setPrintArea",
      [area instanceof Range ? area._path : area],
      (s) => void (s.pageLayout.printArea = parseRangeArg(this.context, s, area, "PageLayout.setPrintArea"))
    );
  }
  private _layoutRange(name: string, pick: (p: PageLayoutModel) => Rect | undefined): Range {
    return new Range(
      this.context,
      `${this._path}.${name}()`,
      () => {
        const s = this._targetOrNull();
        const rect = s && pick(s.pageLayout);
        return s && rect ? { sheet: s, rect } : null;
      },
      true
    );
  }
  getPrintTitleRowsOrNullObject(): Range {
    return this._layoutRange("getPrintTitleRowsOrNullObject", (p) => p.printTitleRows);
  }
  getPrintAreaOrNullObject(): Range {
    return this._layoutRange("getPrintAreaOrNullObject", (p) => p.printArea);
  }
}

const HF_NAMES = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;

export class HeaderFooterGroup extends ProxyObject<SheetModel> {
  private _default?: HeaderFooter;
  protected _scalarNames(): readonly string[] {
    return ["state", "useSheetMargins", "useSheetScale"];
  }
  protected override _navigation(name: string): ProxyObject<unknown> | undefined {
    return name === "defaultForAllPages" ? this.defaultForAllPages : undefined;
  }
  protected _read(_s: SheetModel, name: string): unknown {
    return name === "state" ? "Default" : true;
  }
  get defaultForAllPages(): HeaderFooter {
    return (this._default ??= new HeaderFooter(
      this.context,
      `${this._path}.defaultForAllPages`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
}

export class HeaderFooter extends ProxyObject<SheetModel> {
  protected _scalarNames(): readonly string[] {
    return HF_NAMES;
  }
  protected _read(s: SheetModel, name: string): unknown {
    return s.pageLayout.headersFooters[name] ?? "";
  }
  private _setHf(name: string, v: unknown): void {
    this._queueSet(name, v, (s) => {
      if (typeof v !== "string") fail(ErrorCode.invalidArgument, undefined, `HeaderFooter.${name}`);
      s.pageLayout.headersFooters[name] = v;
    });
  }
  get leftHeader(): string {
    return this._get("leftHeader");
  }
  set leftHeader(v: string) {
    this._setHf("leftHeader", v);
  }
  get centerHeader(): string {
    return this._get("centerHeader");
  }
  set centerHeader(v: string) {
    this._setHf("centerHeader", v);
  }
  get rightHeader(): string {
    return this._get("rightHeader");
  }
  set rightHeader(v: string) {
    this._setHf("rightHeader", v);
  }
  get leftFooter(): string {
    return this._get("leftFooter");
  }
  set leftFooter(v: string) {
    this._setHf("leftFooter", v);
  }
  get centerFooter(): string {
    return this._get("centerFooter");
  }
  set centerFooter(v: string) {
    this._setHf("centerFooter", v);
  }
  get rightFooter(): string {
    return this._get("rightFooter");
  }
  set rightFooter(v: string) {
    this._setHf("rightFooter", v);
  }
}
