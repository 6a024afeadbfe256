/**
 * Excel.ChartCollection / Chart / ChartTitle stand-ins, minimal: what consolidation needs (ExcelApi 1.1:
 * `worksheet.charts.add(type, sourceData, seriesBy)`, `chart.name`, `chart.title.text`, `chart.setPosition`;
 * see docs/excel-standin-assumptions.md). The chart keeps its source range; no rendering.
 */
import { type Rect } from "./address";
import { CollectionProxy } from "./collection";
import { ErrorCode, fail } from "./errors";
import { oneOf } from "./format-values";
import type { SheetModel } from "./model";
import { ProxyObject } from "./proxy";
import { parseRangeArg, Range } from "./range";

export interface ChartModel {
  name: string;
  chartType: string;
  seriesBy: string;
  source: Rect;
  title: string;
  /** top-left and bottom-right cell addresses given to setPosition, or null */
  position: { start: string; end: string | null } | null;
}

/** The chart types the add-in uses, plus the common ones (Excel.ChartType values). */
const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "Pie",
  "Doughnut",
  "Area",
  "XYScatter",
] as const;
const SERIES_BY = ["Auto", "Columns", "Rows"] as const;

type SheetWithCharts = SheetModel & { charts?: ChartModel[] };

export function chartsOf(sheet: SheetModel): ChartModel[] {
  const s = sheet as SheetWithCharts;
  return (s.charts ??= []);
}

export class ChartCollection extends CollectionProxy<SheetModel, Chart, ChartModel> {
  protected _enumerate(sheet: SheetModel): ChartModel[] {
    return [...chartsOf(sheet)];
  }
  protected _makeItem(chart: ChartModel): Chart {
    return new Chart(this.context, `${this._path}.getItem(${JSON.stringify(chart.name)})`, () => chart);
  }
  protected _itemScalarNames(): readonly string[] {
    return ["name", "chartType"];
  }
  add(type: string, sourceData: Range | string, seriesBy: string = "Auto"): Chart {
    let created: ChartModel | undefined;
    this._queueCall(
      "add",
      [type, sourceData instanceof Range ? sourceData._path : sourceData, seriesBy],
      (sheet) => {
        const chartType = oneOf(type, CHART_TYPES, "ChartCollection.add");
        const by = oneOf(seriesBy, SERIES_BY, "ChartCollection.add");
        const source = parseRangeArg(this.context, sheet, sourceData, "ChartCollection.add");
        const charts = chartsOf(sheet);
        let n = charts.length + 1;
        while (charts.some((c) => c.name === `Chart ${n}`)) n++;
        created = { name: `Chart ${n}`, chartType, seriesBy: by, source, title: "", position: null };
        charts.push(created);
      }
    );
    return new Chart(
      this.context,
      `${this._path}.add(${JSON.stringify(type)})`,
      () => created ?? fail(ErrorCode.invalidOperation, "The chart was not created.")
    );
  }
  getItem(name: string): Chart {
    return new Chart(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
      const sheet = this._target();
      return (
        chartsOf(sheet).find((c) => c.name === name) ??
        fail(ErrorCode.itemNotFound, `The chart '${name}' doesn't exist.`, "ChartCollection.getItem")
      );
    });
  }
}

export class Chart extends ProxyObject<ChartModel> {
  private _title?: ChartTitle;
  protected _scalarNames(): readonly string[] {
    return ["name", "chartType"];
  }
  protected override _navigation(name: string): ProxyObject<unknown> | undefined {
    return name === "title" ? this.title : undefined;
  }
  protected _read(c: ChartModel, name: string): unknown {
    return name === "name" ? c.name : name === "chartType" ? c.chartType : undefined;
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._queueSet("name", v, (c) => void (c.name = String(v)));
  }
  get chartType(): string {
    return this._get("chartType");
  }
  get title(): ChartTitle {
    return (this._title ??= new ChartTitle(
      this.context,
      `${this._path}.title`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
  /** Places the chart over the cells from startCell to endCell (addresses on the chart's sheet). */
  setPosition(startCell: string, endCell?: string): void {
    this._queueCall("setPosition", endCell === undefined ? [startCell] : [startCell, endCell], (c) => {
      if (typeof startCell !== "string" || !/^[A-Z]+\d+$/i.test(startCell))
        fail(ErrorCode.invalidArgument, undefined, "Chart.setPosition");
      c.position = { start: startCell.toUpperCase(), end: endCell?.toUpperCase() ?? null };
    });
  }
}

export class ChartTitle extends ProxyObject<ChartModel> {
  protected _scalarNames(): readonly string[] {
    return ["text"];
  }
  protected _read(c: ChartModel, name: string): unknown {
    return name === "text" ? c.title : undefined;
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._queueSet("text", v, (c) => void (c.title = String(v)));
  }
}
