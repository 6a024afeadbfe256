/*
 * Offline structural checks of the add-in only XML manifest (Microsoft's validator is an online service).
 * Each check returns problems as values, `{code, where}`, so tests can assert on codes and mutate a good
 * manifest to prove a check fires. The orders below are the XSD sequences (TaskPaneAppVersionOverrides
 * 1.0, OfficeAppManifest 1.1) restricted to the elements a task pane add-in uses; names in one inner
 * array may interleave.
 */
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";

export const NS = {
  base: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  vo: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

export type ProblemCode =
  | "XML_MALFORMED"
  | "ROOT"
  | "NAMESPACE"
  | "ORDER"
  | "UNKNOWN_CHILD"
  | "MISSING_ELEMENT"
  | "ID_NOT_GUID"
  | "VERSION_FORMAT"
  | "RESID_UNDEFINED"
  | "RESID_WRONG_KIND"
  | "RESID_TOO_LONG"
  | "RESOURCE_DUPLICATE"
  | "RESOURCE_UNUSED"
  | "CONTROL_ID_DUPLICATE"
  | "ID_TOO_LONG"
  | "STRING_TOO_LONG"
  | "STRING_EMPTY"
  | "OVERRIDE_MISSING"
  | "URL_NOT_HTTPS"
  | "URL_NO_FILE"
  | "ICON_SIZE"
  | "ICON_SIZES_MISSING"
  | "EXCEL_API_MISSING"
  | "PERMISSIONS"
  | "HOST"
  | "FUNCTION_NOT_REGISTERED"
  | "ACTION_NOT_IN_MANIFEST"
  | "TASKPANE_URL_MISMATCH";

export interface Problem {
  code: ProblemCode;
  where: string;
}

/** What the checks need to know about the project around the manifest. */
export interface ManifestContext {
  /** Dev server origin + "/" the manifest's URLs start with, e.g. "https://localhost:3000/". */
  devUrl: string;
  /** True when the dev server serves this path (e.g. "taskpane.html", "assets/icon-16.png"). */
  serves(urlPath: string): boolean;
  /** Width and height of a served PNG, undefined when it is not one. */
  pngSize(urlPath: string): { width: number; height: number } | undefined;
  /** Action names registered with Office.actions.associate by the function file. */
  registeredActions: string[];
  /** Locales every ribbon string and the description must be translated to. */
  requiredLocales: string[];
}

type Order = string[][];

const ORDER: Record<string, Order> = {
  OfficeApp: [
    ["Id"],
    ["AlternateId"],
    ["Version"],
    ["ProviderName"],
    ["DefaultLocale"],
    ["DisplayName"],
    ["Description"],
    ["IconUrl"],
    ["HighResolutionIconUrl"],
    ["SupportUrl"],
    ["AppDomains"],
    ["Hosts"],
    ["Requirements"],
    ["DefaultSettings"],
    ["Permissions"],
    ["Dictionary"],
    ["VersionOverrides"],
    ["ExtendedOverrides"],
  ],
  "base:DisplayName": [["Override"]],
  "base:Description": [["Override"]],
  "base:IconUrl": [["Override"]],
  "base:HighResolutionIconUrl": [["Override"]],
  "base:SupportUrl": [["Override"]],
  "base:SourceLocation": [["Override"]],
  "base:AppDomains": [["AppDomain"]],
  "base:Hosts": [["Host"]],
  "base:Host": [],
  "base:Requirements": [["Sets"], ["Methods"]],
  "base:Sets": [["Set"]],
  "base:DefaultSettings": [["SourceLocation"], ["RequestedWidth"], ["RequestedHeight"]],
  VersionOverrides: [
    ["Description"],
    ["Requirements"],
    ["Hosts"],
    ["Resources"],
    ["WebApplicationInfo"],
    ["EquivalentAddins"],
  ],
  "vo:Hosts": [["Host"]],
  "vo:Host": [["Runtimes"], ["AllFormFactors"], ["DesktopFormFactor"]],
  DesktopFormFactor: [["GetStarted"], ["FunctionFile"], ["ExtensionPoint"]],
  GetStarted: [["Title"], ["Description"], ["LearnMoreUrl"]],
  "ExtensionPoint:PrimaryCommandSurface": [["CustomTab", "OfficeTab"]],
  "ExtensionPoint:ContextMenu": [["OfficeMenu"]],
  CustomTab: [["Group", "OfficeGroup"], ["Label"], ["InsertAfter", "InsertBefore"]],
  OfficeTab: [["Group"]],
  OfficeMenu: [["Control"]],
  Group: [["OverriddenByRibbonApi"], ["Label"], ["Icon"], ["Control", "OfficeControl"]],
  "Control:Button": [["OverriddenByRibbonApi"], ["Label"], ["Supertip"], ["Icon"], ["Action"], ["Enabled"]],
  Supertip: [["Title"], ["Description"]],
  Icon: [["Image"]],
  "Action:ShowTaskpane": [["TaskpaneId"], ["SourceLocation"], ["Title"], ["SupportsPinning"]],
  "Action:ExecuteFunction": [["FunctionName"]],
  Resources: [["Images"], ["Urls"], ["ShortStrings"], ["LongStrings"]],
  Images: [["Image"]],
  Urls: [["Url"]],
  ShortStrings: [["String"]],
  LongStrings: [["String"]],
  "bt:Image": [["Override"]],
  "bt:Url": [["Override"]],
  "bt:String": [["Override"]],
};

/** Which resource collection a `resid` on an element of this name must point into. */
const RESID_KIND: Record<string, "Images" | "Urls" | "ShortStrings" | "LongStrings"> = {
  Image: "Images",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

const LIMITS = { resid: 32, id: 125, shortString: 125, longString: 250 } as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REQUIRED_ICON_SIZES = ["16", "32", "80"];

export function parseManifest(xml: string): {
  doc?: ReturnType<DOMParser["parseFromString"]>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        // xmldom reports recoverable well-formedness faults as warnings; every one is a broken manifest.
        problems.push({ code: "XML_MALFORMED", where: `${level}: ${message}` });
      },
    }).parseFromString(xml, "text/xml");
    return { doc, problems };
  } catch (error) {
    problems.push({ code: "XML_MALFORMED", where: String(error) });
    return { problems };
  }
}

export function elementChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) out.push(node as XmlElement);
  }
  return out;
}

export function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const child of elementChildren(e)) {
      out.push(child);
      walk(child);
    }
  };
  walk(el);
  return out;
}

function xsiType(el: XmlElement): string {
  return el.getAttributeNS(NS.xsi, "type") ?? "";
}

function pathOf(el: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | null = el; e && e.nodeType === 1; e = e.parentNode as XmlElement | null) {
    const id = e.getAttribute("id");
    parts.unshift(id ? `${e.localName}[${id}]` : (e.localName ?? "?"));
  }
  return parts.join("/");
}

function orderKey(el: XmlElement): string {
  const name = el.localName ?? "";
  if (el.namespaceURI === NS.bt && ["Image", "Url", "String"].includes(name)) {
    const parent = el.parentNode as XmlElement | null;
    return parent?.localName === "Icon" ? "bt:IconImage" : `bt:${name}`;
  }
  if (["ExtensionPoint", "Control", "Action"].includes(name)) return `${name}:${xsiType(el)}`;
  if (el.namespaceURI === NS.base && name !== "OfficeApp") return `base:${name}`;
  if (["Hosts", "Host"].includes(name)) return `vo:${name}`;
  return name;
}

/** Children must be known for their parent and appear in the schema's order. */
export function checkOrder(root: XmlElement): Problem[] {
  const problems: Problem[] = [];
  for (const el of [root, ...descendants(root)]) {
    const order = ORDER[orderKey(el)];
    if (!order) continue;
    let lastRank = -1;
    for (const child of elementChildren(el)) {
      const rank = order.findIndex((names) => names.includes(child.localName ?? ""));
      if (rank < 0) {
        problems.push({ code: "UNKNOWN_CHILD", where: pathOf(child) });
      } else if (rank < lastRank) {
        problems.push({ code: "ORDER", where: pathOf(child) });
      } else {
        lastRank = rank;
      }
    }
  }
  return problems;
}

/** Elements inside VersionOverrides use its namespace; resources and icons the basic-types one. */
export function checkNamespaces(root: XmlElement): Problem[] {
  const problems: Problem[] = [];
  if (root.namespaceURI !== NS.base) problems.push({ code: "NAMESPACE", where: pathOf(root) });
  const vo = elementChildren(root).find((e) => e.localName === "VersionOverrides");
  if (!vo) return problems;
  for (const el of [vo, ...descendants(vo)]) {
    const parent = el.parentNode as XmlElement;
    const inResources =
      parent.localName === "Resources" ||
      ["Images", "Urls", "ShortStrings", "LongStrings"].includes(parent.localName ?? "");
    const isBt =
      inResources ||
      (el.localName === "Image" && parent.localName === "Icon") ||
      (el.localName === "Override" && parent.namespaceURI === NS.bt);
    const expected = isBt ? NS.bt : NS.vo;
    if (el.namespaceURI !== expected) problems.push({ code: "NAMESPACE", where: pathOf(el) });
  }
  return problems;
}

function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el ? elementChildren(el).find((e) => e.localName === name) : undefined;
}

function text(el: XmlElement | undefined): string {
  return (el?.textContent ?? "").trim();
}

export function checkRequiredBase(root: XmlElement): Problem[] {
  const problems: Problem[] = [];
  if (root.localName !== "OfficeApp" || xsiType(root) !== "TaskPaneApp") {
    problems.push({ code: "ROOT", where: pathOf(root) });
  }
  const required = [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ];
  for (const name of required) {
    if (!child(root, name)) problems.push({ code: "MISSING_ELEMENT", where: `OfficeApp/${name}` });
  }
  const id = child(root, "Id");
  if (id && !GUID.test(text(id))) problems.push({ code: "ID_NOT_GUID", where: text(id) });
  const version = child(root, "Version");
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text(version))) {
    problems.push({ code: "VERSION_FORMAT", where: text(version) });
  }
  const permissions = child(root, "Permissions");
  if (permissions && text(permissions) !== "ReadWriteDocument") {
    problems.push({ code: "PERMISSIONS", where: text(permissions) });
  }
  if (!child(child(root, "DefaultSettings"), "SourceLocation")?.getAttribute("DefaultValue")) {
    problems.push({ code: "MISSING_ELEMENT", where: "OfficeApp/DefaultSettings/SourceLocation" });
  }
  const baseHosts = elementChildren(child(root, "Hosts") ?? root).filter((e) => e.localName === "Host");
  if (baseHosts.length !== 1 || baseHosts[0].getAttribute("Name") !== "Workbook") {
    problems.push({ code: "HOST", where: "OfficeApp/Hosts" });
  }
  const voHosts = descendants(child(root, "VersionOverrides") ?? root).filter(
    (e) => e.localName === "Host" && e.namespaceURI === NS.vo
  );
  if (voHosts.length !== 1 || xsiType(voHosts[0]) !== "Workbook") {
    problems.push({ code: "HOST", where: "VersionOverrides/Hosts" });
  }
  return problems;
}

/** The minimum ExcelApi version the manifest requires, or undefined when it declares none. */
export function declaredExcelApi(root: XmlElement): string | undefined {
  const sets = child(child(root, "Requirements"), "Sets");
  const set = elementChildren(sets ?? root).find(
    (e) => e.localName === "Set" && e.getAttribute("Name") === "ExcelApi"
  );
  if (!set) return undefined;
  return set.getAttribute("MinVersion") || sets?.getAttribute("DefaultMinVersion") || undefined;
}

export function checkRequirements(root: XmlElement): Problem[] {
  const version = declaredExcelApi(root);
  return version && /^1\.\d+$/.test(version)
    ? []
    : [{ code: "EXCEL_API_MISSING", where: "Requirements/Sets" }];
}

interface ResourceEntry {
  kind: string;
  el: XmlElement;
}

function resources(root: XmlElement): { map: Map<string, ResourceEntry>; problems: Problem[] } {
  const map = new Map<string, ResourceEntry>();
  const problems: Problem[] = [];
  const res = child(child(root, "VersionOverrides"), "Resources");
  for (const collection of res ? elementChildren(res) : []) {
    for (const entry of elementChildren(collection)) {
      const id = entry.getAttribute("id") ?? "";
      if (map.has(id)) problems.push({ code: "RESOURCE_DUPLICATE", where: id });
      map.set(id, { kind: collection.localName ?? "", el: entry });
    }
  }
  return { map, problems };
}

/** Every resid names a resource of the right kind; every resource is used; ids are unique and short. */
export function checkResources(root: XmlElement): Problem[] {
  const { map, problems } = resources(root);
  const used = new Set<string>();
  const vo = child(root, "VersionOverrides");
  for (const el of vo ? descendants(vo) : []) {
    const resid = el.getAttribute("resid");
    if (resid === null) continue;
    used.add(resid);
    if (resid.length > LIMITS.resid) problems.push({ code: "RESID_TOO_LONG", where: resid });
    const entry = map.get(resid);
    if (!entry) {
      problems.push({ code: "RESID_UNDEFINED", where: `${pathOf(el)} -> ${resid}` });
    } else if (entry.kind !== RESID_KIND[el.localName ?? ""]) {
      problems.push({ code: "RESID_WRONG_KIND", where: `${pathOf(el)} -> ${entry.kind}` });
    }
  }
  for (const id of map.keys()) {
    if (!used.has(id)) problems.push({ code: "RESOURCE_UNUSED", where: id });
  }
  const controlIds = new Map<string, number>();
  for (const el of vo ? descendants(vo) : []) {
    if (!["CustomTab", "Group", "Control"].includes(el.localName ?? "")) continue;
    const id = el.getAttribute("id") ?? "";
    if (id.length === 0 || id.length > LIMITS.id) problems.push({ code: "ID_TOO_LONG", where: pathOf(el) });
    controlIds.set(id, (controlIds.get(id) ?? 0) + 1);
  }
  for (const [id, count] of controlIds) {
    if (count > 1) problems.push({ code: "CONTROL_ID_DUPLICATE", where: id });
  }
  return problems;
}

function overrideValues(el: XmlElement): Array<{ locale: string; value: string }> {
  return elementChildren(el)
    .filter((e) => e.localName === "Override")
    .map((e) => ({ locale: e.getAttribute("Locale") ?? "", value: e.getAttribute("Value") ?? "" }));
}

/** Text lengths within the schema's ShortString/LongString limits, translated to every required locale. */
export function checkStrings(root: XmlElement, requiredLocales: string[]): Problem[] {
  const problems: Problem[] = [];
  const checkText = (el: XmlElement, limit: number, where: string) => {
    const values = [
      { locale: "default", value: el.getAttribute("DefaultValue") ?? "" },
      ...overrideValues(el),
    ];
    for (const { locale, value } of values) {
      if (value.trim() === "") problems.push({ code: "STRING_EMPTY", where: `${where} (${locale})` });
      if ([...value].length > limit)
        problems.push({ code: "STRING_TOO_LONG", where: `${where} (${locale})` });
    }
    const locales = new Set(values.map((v) => v.locale.toLowerCase()));
    for (const locale of requiredLocales) {
      if (!locales.has(locale.toLowerCase())) {
        problems.push({ code: "OVERRIDE_MISSING", where: `${where} (${locale})` });
      }
    }
  };
  for (const name of ["DisplayName", "Description"] as const) {
    const el = child(root, name);
    if (el)
      checkText(el, name === "DisplayName" ? LIMITS.shortString : LIMITS.longString, `OfficeApp/${name}`);
  }
  const res = child(child(root, "VersionOverrides"), "Resources");
  for (const [collection, limit] of [
    ["ShortStrings", LIMITS.shortString],
    ["LongStrings", LIMITS.longString],
  ] as const) {
    for (const str of elementChildren(child(res, collection) ?? root).filter(
      (e) => e.localName === "String"
    )) {
      checkText(str, limit, `${collection}/${str.getAttribute("id")}`);
    }
  }
  return problems;
}

const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);

/** Every URL in the manifest: URL-typed elements and resources, AppDomains, any value with "://". */
export function collectUrls(root: XmlElement): Array<{ url: string; where: string }> {
  const out: Array<{ url: string; where: string }> = [];
  for (const el of [root, ...descendants(root)]) {
    const parent = el.parentNode as XmlElement | null;
    const owner = el.localName === "Override" ? parent : el;
    const urlTyped =
      (owner?.namespaceURI === NS.base && URL_ELEMENTS.has(owner.localName ?? "")) ||
      (owner?.namespaceURI === NS.bt &&
        ["Image", "Url"].includes(owner.localName ?? "") &&
        (owner.parentNode as XmlElement | null)?.localName !== "Icon");
    for (const attr of ["DefaultValue", "Value"]) {
      const value = el.getAttribute(attr);
      if (value !== null && (urlTyped || value.includes("://"))) {
        out.push({ url: value, where: `${pathOf(el)}@${attr}` });
      }
    }
    if (el.localName === "AppDomain") out.push({ url: text(el), where: pathOf(el) });
  }
  return out;
}

/** https everywhere; every dev-server URL is something the build serves; icons have the declared size. */
export function checkUrls(root: XmlElement, ctx: ManifestContext): Problem[] {
  const problems: Problem[] = [];
  for (const { url, where } of collectUrls(root)) {
    if (!url.startsWith("https://")) {
      problems.push({ code: "URL_NOT_HTTPS", where: `${where}: ${url}` });
      continue;
    }
    if (url.startsWith(ctx.devUrl)) {
      const urlPath = url.slice(ctx.devUrl.length).split(/[?#]/)[0];
      if (!ctx.serves(urlPath)) problems.push({ code: "URL_NO_FILE", where: `${where}: ${url}` });
    }
  }

  const pngSizeOf = (url: string | null) =>
    url && url.startsWith(ctx.devUrl) ? ctx.pngSize(url.slice(ctx.devUrl.length)) : undefined;
  const expectSquare = (url: string | null, size: number, where: string) => {
    const actual = pngSizeOf(url);
    if (!actual || actual.width !== size || actual.height !== size) {
      problems.push({ code: "ICON_SIZE", where: `${where}: ${url} should be ${size}x${size}` });
    }
  };
  expectSquare(child(root, "IconUrl")?.getAttribute("DefaultValue") ?? null, 32, "IconUrl");
  expectSquare(
    child(root, "HighResolutionIconUrl")?.getAttribute("DefaultValue") ?? null,
    64,
    "HighResolutionIconUrl"
  );

  const { map } = resources(root);
  const vo = child(root, "VersionOverrides");
  for (const icon of (vo ? descendants(vo) : []).filter((e) => e.localName === "Icon")) {
    const images = elementChildren(icon).filter((e) => e.localName === "Image");
    const sizes = images.map((img) => img.getAttribute("size"));
    for (const size of REQUIRED_ICON_SIZES) {
      if (!sizes.includes(size))
        problems.push({ code: "ICON_SIZES_MISSING", where: `${pathOf(icon)} (${size})` });
    }
    for (const img of images) {
      const entry = map.get(img.getAttribute("resid") ?? "");
      if (!entry) continue;
      expectSquare(entry.el.getAttribute("DefaultValue"), Number(img.getAttribute("size")), pathOf(img));
    }
  }
  return problems;
}

/** The ribbon's ExecuteFunction names and the function file's registered actions are the same set. */
export function checkCommands(root: XmlElement, ctx: ManifestContext): Problem[] {
  const problems: Problem[] = [];
  const vo = child(root, "VersionOverrides");
  const functionNames = (vo ? descendants(vo) : [])
    .filter((e) => e.localName === "FunctionName")
    .map((e) => text(e));
  for (const name of functionNames) {
    if (!ctx.registeredActions.includes(name))
      problems.push({ code: "FUNCTION_NOT_REGISTERED", where: name });
  }
  for (const name of ctx.registeredActions) {
    if (!functionNames.includes(name)) problems.push({ code: "ACTION_NOT_IN_MANIFEST", where: name });
  }
  if (
    functionNames.length > 0 &&
    !child(child(child(vo, "Hosts"), "Host"), "DesktopFormFactor")?.getElementsByTagNameNS(
      NS.vo,
      "FunctionFile"
    ).length
  ) {
    problems.push({ code: "MISSING_ELEMENT", where: "DesktopFormFactor/FunctionFile" });
  }

  // The ribbon's task pane button opens the page the add-in declares as its default.
  const { map } = resources(root);
  const source = child(child(root, "DefaultSettings"), "SourceLocation")?.getAttribute("DefaultValue");
  for (const action of (vo ? descendants(vo) : []).filter(
    (e) => e.localName === "Action" && xsiType(e) === "ShowTaskpane"
  )) {
    const resid = child(action, "SourceLocation")?.getAttribute("resid") ?? "";
    const url = map.get(resid)?.el.getAttribute("DefaultValue");
    if (url !== source) problems.push({ code: "TASKPANE_URL_MISMATCH", where: `${url} != ${source}` });
  }
  return problems;
}

/** All checks on a manifest text. */
export function checkManifest(xml: string, ctx: ManifestContext): Problem[] {
  const { doc, problems } = parseManifest(xml);
  const root = doc?.documentElement as XmlElement | null | undefined;
  if (!root) return problems.length ? problems : [{ code: "XML_MALFORMED", where: "no root element" }];
  return [
    ...problems,
    ...checkRequiredBase(root),
    ...checkNamespaces(root),
    ...checkOrder(root),
    ...checkRequirements(root),
    ...checkResources(root),
    ...checkStrings(root, ctx.requiredLocales),
    ...checkUrls(root, ctx),
    ...checkCommands(root, ctx),
  ];
}

/** Width and height from a PNG's IHDR chunk; undefined when the bytes are not a PNG. */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Names registered with Office.actions.associate("name", …) in a source text. */
export function associatedActions(source: string): string[] {
  return [...source.matchAll(/Office\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
}
