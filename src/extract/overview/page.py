"""The overview page: one self-contained HTML file with charts, a coverage table and a promise search.

Charts are Plotly figures; plotly.js is embedded once in the page, so it opens
offline and fetches nothing. The promise table is a JSON array in the page,
filtered by a few lines of script as the user types.
"""

from __future__ import annotations

import html
import json
import tomllib
from collections import defaultdict
from functools import cache
from typing import Any

import duckdb
import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

from extract.lexicon import data_text, theme_codes
from extract.overview.store import STATUSES

STATUS_COLOURS = {"done": "#1a9850", "partly_done": "#a6d96a", "ongoing": "#4575b4", "not_done": "#d73027",
                  "not_reported": "#bdbdbd"}
# One colour per theme, the same in every chart and every overview (themes.csv order).
THEME_COLOURS = {
    "traffic": "#1f77b4", "drugs": "#9467bd", "youth": "#2ca02c", "burglary": "#8c564b", "fraud": "#e377c2",
    "public_safety": "#ff7f0e", "violence": "#d62728", "vandalism": "#bcbd22", "organised_crime": "#17becf",
    "disorder": "#7f7f7f", "other": "#c5b0d5",
}
# A promise with several themes is shared among them, so that each bar totals the promises
# behind it, each counted once.
_SHARES = """
    WITH shares AS (SELECT promise_key, theme, 1.0 / count(*) OVER (PARTITION BY promise_key) AS share
                    FROM promise_themes)
"""
_THEME_REGION = _SHARES + """
    SELECT rr.police_region, s.theme, sum(s.share)
    FROM (SELECT DISTINCT promise_key, report_id FROM promise_register) pr
    JOIN shares s USING (promise_key) JOIN report_regions rr USING (report_id)
    GROUP BY ALL ORDER BY ALL"""
_THEME_YEAR = _SHARES + """
    SELECT CAST(y.year AS VARCHAR), s.theme, sum(s.share)
    FROM (SELECT DISTINCT promise_key, unnest(generate_series(period_start, period_end)) AS year
          FROM promise_register WHERE period_start IS NOT NULL) y
    JOIN shares s USING (promise_key)
    GROUP BY ALL ORDER BY ALL"""
LANGUAGES = ("sv", "en")


@cache
def words(lang: str) -> dict[str, Any]:
    """The page's words in one language (data/overview.toml); both languages must have the
    same keys, and English a label for every theme."""
    data = tomllib.loads(data_text("overview.toml"))
    if set(data) != set(LANGUAGES):
        raise ValueError(f"overview.toml: languages {sorted(data)}, expected {list(LANGUAGES)}")
    keys = {lang: {k for k, v in table.items() if not isinstance(v, dict)} for lang, table in data.items()}
    if keys["sv"] != keys["en"]:
        raise ValueError(f"overview.toml: keys in one language only: {sorted(keys['sv'] ^ keys['en'])}")
    missing = set(theme_codes()) - set(data["en"].get("themes", {}))
    if missing:
        raise ValueError(f"overview.toml: [en.themes] lacks {sorted(missing)}")
    return dict(data[lang])


def status_labels(lang: str) -> dict[str, str]:
    w = words(lang)
    return {status: str(w[f"status_{status}"]) for status in STATUSES}


def theme_labels(connection: duckdb.DuckDBPyConnection, lang: str) -> dict[str, str]:
    swedish = dict(connection.execute("SELECT code, label FROM themes ORDER BY rowid").fetchall())
    if lang == "sv":
        return swedish
    english = words(lang)["themes"]
    return {code: str(english.get(code, label)) for code, label in swedish.items()}
_CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["sendDataToCloud"]}

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#0b2a4a;color:#fff;padding:1rem 2rem}header h1{margin:0 0 .3rem;font-size:1.5rem}
main{padding:1rem 2rem;max-width:1400px}section{background:#fff;border:1px solid #ddd;border-radius:6px;
padding:1rem;margin:1rem 0}h2{font-size:1.15rem;margin:.2rem 0 .8rem}.charts{display:grid;
grid-template-columns:1fr;gap:1rem}table{border-collapse:collapse;width:100%;
font-size:.88rem}th,td{border-bottom:1px solid #eee;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#f3f3f3;position:sticky;top:0}.cov td.y{text-align:center;width:3.5rem}
.cov td.has{background:#c7e9c0;font-weight:600}.cov td.none{color:#bbb}details{margin:.3rem 0}
summary{cursor:pointer;font-weight:600}.status{padding:.1rem .4rem;border-radius:3px;color:#fff;
white-space:nowrap}#search{font-size:1rem;padding:.4rem;width:28rem;max-width:100%}select{font-size:1rem;
padding:.35rem}.muted{color:#666}.empty{color:#666;font-style:italic}th.sortable{cursor:pointer}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
.toggle{border:0;background:none;cursor:pointer;font-size:1rem}tr.detail td{background:#f7f9fc}
#drill h3{margin:.5rem 0 .2rem;font-size:1rem}button{font-size:.95rem;padding:.3rem .6rem}
"""

_SCRIPT = """
(function () {
  const rows = JSON.parse(document.getElementById('promise-data').textContent);
  const colours = JSON.parse(document.getElementById('status-colours').textContent);
  const W = JSON.parse(document.getElementById('words').textContent);
  const body = document.querySelector('#promises tbody');
  const el = (id) => document.getElementById(id);
  const filters = ['search', 'region', 'municipality', 'theme', 'year', 'status'].map(el);
  const [search, region, municipality, theme, year, status] = filters;
  const count = el('count'), drill = el('drill');
  const limit = 500;
  let sortKey = null, sortDir = 1, shown = [];
  const open = new Set();
  const haystack = rows.map((r) => [r.municipalities, r.regions, r.period, r.theme_labels, r.status_label,
                                    r.text].join(' ').toLowerCase());
  const fill = (template, values) => template.replace(/\\{(\\w+)\\}/g, (m, k) => (k in values ? values[k] : m));
  function node(tag, text, cls) {
    const n = document.createElement(tag); if (text !== undefined) n.textContent = text;
    if (cls) n.className = cls; return n;
  }
  function link(href, text) { const a = node('a', text); a.href = href; return a; }
  function list(title, items) {
    const box = node('div'); box.appendChild(node('strong', title));
    if (!items.length) { box.appendChild(node('span', ' ' + W.none, 'muted')); return box; }
    const ul = node('ul'); items.forEach((t) => ul.appendChild(node('li', t))); box.appendChild(ul); return box;
  }
  function matching() {
    const words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    const y = year.value ? Number(year.value) : null;
    const hits = [];
    rows.forEach((r, i) => {
      if (region.value && !r.regions.split(', ').includes(region.value)) return;
      if (municipality.value && !r.codes.includes(municipality.value)) return;
      if (theme.value && !r.themes.includes(theme.value)) return;
      if (status.value && r.status !== status.value) return;
      if (y !== null && (r.start === null || y < r.start || y > r.end)) return;
      if (words.every((w) => haystack[i].includes(w))) hits.push(i);
    });
    if (sortKey) {
      hits.sort((a, b) => String(rows[a][sortKey]).localeCompare(String(rows[b][sortKey]), 'sv') * sortDir);
    }
    return hits;
  }
  function detail(r) {
    const tr = node('tr', undefined, 'detail'); const td = node('td'); td.colSpan = 8;
    td.appendChild(list(W.activities, r.activities)); td.appendChild(list(W.results, r.results));
    if (r.status_evidence) {
      const p = node('div'); p.appendChild(node('strong', W.status_evidence + ': '));
      p.appendChild(node('span', r.status_evidence)); td.appendChild(p);
    }
    tr.appendChild(td); return tr;
  }
  function row(i) {
    const r = rows[i], tr = node('tr', undefined, 'promise');
    const toggle = node('button', open.has(i) ? '▾' : '▸', 'toggle');
    toggle.setAttribute('aria-expanded', open.has(i) ? 'true' : 'false');
    toggle.addEventListener('click', () => { open.has(i) ? open.delete(i) : open.add(i); render(); });
    const first = node('td'); first.appendChild(toggle); tr.appendChild(first);
    [r.municipalities, r.regions, r.period, r.theme_labels].forEach((v) => tr.appendChild(node('td', v)));
    const st = node('td');
    if (r.status_label) { const s = node('span', r.status_label, 'status');
      s.style.background = colours[r.status] || '#999'; st.appendChild(s); }
    tr.appendChild(st); tr.appendChild(node('td', r.text));
    const src = node('td');
    if (r.link) src.appendChild(link(r.link, W.source + (r.page ? ', ' + W.page + ' ' + r.page : '')));
    if (r.follow_up_link) { src.appendChild(document.createTextNode(' · '));
      src.appendChild(link(r.follow_up_link, W.follow_up)); }
    tr.appendChild(src);
    return open.has(i) ? [tr, detail(r)] : [tr];
  }
  function showDrill() {
    drill.replaceChildren();
    if (!municipality.value) return;
    const own = rows.filter((r) => r.codes.includes(municipality.value));
    const name = municipality.options[municipality.selectedIndex].text;
    drill.appendChild(node('h3', fill(W.drill_heading, {name: name, count: own.length})));
    const years = {};
    own.forEach((r) => { if (r.start !== null) for (let y = r.start; y <= r.end; y++) {
      (years[y] = years[y] || []).push(r); } });
    const ul = node('ul');
    Object.keys(years).sort().forEach((y) => {
      const li = node('li', fill(W.drill_year, {year: y, count: years[y].length}) + ': ');
      const tally = {};
      years[y].forEach((r) => { const k = r.status_label || '–'; tally[k] = (tally[k] || 0) + 1; });
      li.appendChild(node('span', Object.entries(tally).map(([k, n]) => k + ' ' + n).join(', '), 'muted'));
      ul.appendChild(li);
    });
    drill.appendChild(ul);
    const clear = node('button', W.clear); clear.type = 'button';
    clear.addEventListener('click', () => { municipality.value = ''; render(); });
    drill.appendChild(clear);
  }
  function render() {
    shown = matching();
    body.replaceChildren(...shown.slice(0, limit).flatMap(row));
    count.textContent = fill(W.count, {shown: shown.length, total: rows.length}) +
      (shown.length > limit ? fill(W.count_cut, {limit: limit}) : '');
    showDrill();
  }
  // the rows shown, as a table of texts: what both exports write
  function table() {
    const head = [W.col_municipality, W.col_code, W.col_region, W.col_period, W.col_themes, W.col_status,
                  W.col_promise, W.activities, W.results, W.col_source, W.col_path];
    return [head].concat(shown.map((i) => { const r = rows[i];
      return [r.municipalities, r.codes.join('; '), r.regions, r.period, r.theme_labels, r.status_label, r.text,
              r.activities.join(' | '), r.results.join(' | '), r.link, r.source_file]; }));
  }
  function save(blob, name) {
    const a = link(URL.createObjectURL(blob), name); a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
  }
  // CSV for Swedish Excel: UTF-8 with a byte-order mark, ';' between fields, formulas defused
  function exportCsv() {
    const cell = (v) => { let s = String(v ?? ''); if (/^[=+\\-@\\t\\r]/.test(s)) s = "'" + s;
      return /[;"\\r\\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
    const text = table().map((r) => r.map(cell).join(';')).join('\\r\\n') + '\\r\\n';
    save(new Blob(['\\ufeff' + text], {type: 'text/csv;charset=utf-8'}), 'medborgarloften.csv');
  }
  // a real .xlsx (a ZIP of XML parts, stored), every cell an inline text: nothing runs as a formula
  const crcTable = Array.from({length: 256}, (_, n) => { let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  function crc32(bytes) { let c = 0xFFFFFFFF;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xFF] ^ (c >>> 8); return (c ^ 0xFFFFFFFF) >>> 0; }
  function zip(files) {
    const enc = new TextEncoder(), parts = [], central = []; let offset = 0;
    const u16 = (v) => [v & 255, (v >>> 8) & 255], u32 = (v) => [v & 255, (v >>> 8) & 255, (v >>> 16) & 255,
                                                                 (v >>> 24) & 255];
    files.forEach(([name, text]) => {
      const data = enc.encode(text), path = enc.encode(name), crc = crc32(data);
      const common = [...u16(20), ...u16(0x0800), ...u16(0), ...u16(0), ...u16(0x21), ...u32(crc),
                      ...u32(data.length), ...u32(data.length), ...u16(path.length), ...u16(0)];
      const local = new Uint8Array([...u32(0x04034b50), ...common, ...path]);
      central.push(new Uint8Array([...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0),
                                   ...u32(0), ...u32(offset), ...path]));
      parts.push(local, data); offset += local.length + data.length;
    });
    const size = central.reduce((n, c) => n + c.length, 0);
    const end = new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(files.length),
                                ...u16(files.length), ...u32(size), ...u32(offset), ...u16(0)]);
    return new Blob([...parts, ...central, end],
                    {type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'});
  }
  function exportXlsx() {
    const esc = (v) => String(v ?? '').replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;',
      '"': '&quot;'}[c])).replace(/[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]/g, '');
    const sheet = table().map((r, i) => '<row r="' + (i + 1) + '">' + r.map((v) =>
      '<c t="inlineStr"><is><t xml:space="preserve">' + esc(v) + '</t></is></c>').join('') + '</row>').join('');
    const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
    const ns = 'http://schemas.openxmlformats.org/';
    save(zip([
      ['[Content_Types].xml', xml + '<Types xmlns="' + ns + 'package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
        'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="' +
        'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'],
      ['_rels/.rels', xml + '<Relationships xmlns="' + ns + 'package/2006/relationships"><Relationship ' +
        'Id="rId1" Type="' + ns + 'officeDocument/2006/relationships/officeDocument" ' +
        'Target="xl/workbook.xml"/></Relationships>'],
      ['xl/workbook.xml', xml + '<workbook xmlns="' + ns + 'spreadsheetml/2006/main" xmlns:r="' + ns +
        'officeDocument/2006/relationships"><sheets><sheet name="Medborgarlöften" sheetId="1" r:id="rId1"/>' +
        '</sheets></workbook>'],
      ['xl/_rels/workbook.xml.rels', xml + '<Relationships xmlns="' + ns + 'package/2006/relationships">' +
        '<Relationship Id="rId1" Type="' + ns + 'officeDocument/2006/relationships/worksheet" ' +
        'Target="worksheets/sheet1.xml"/></Relationships>'],
      ['xl/worksheets/sheet1.xml', xml + '<worksheet xmlns="' + ns + 'spreadsheetml/2006/main"><sheetData>' +
        sheet + '</sheetData></worksheet>'],
    ]), 'medborgarloften.xlsx');
  }
  filters.forEach((f) => f.addEventListener('input', () => { open.clear(); render(); }));
  document.querySelectorAll('#promises th.sortable').forEach((th) => th.addEventListener('click', () => {
    const key = th.dataset.key; sortDir = sortKey === key ? -sortDir : 1; sortKey = key;
    document.querySelectorAll('#promises th').forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending'); render();
  }));
  document.querySelectorAll('a.drill').forEach((a) => a.addEventListener('click', () => {
    filters.forEach((f) => { f.value = ''; }); municipality.value = a.dataset.code; open.clear(); render();
  }));
  el('export-csv').addEventListener('click', exportCsv);
  el('export-xlsx').addEventListener('click', exportXlsx);
  render();
})();
"""


def render(connection: duckdb.DuckDBPyConnection, headline: str, lang: str = "sv") -> str:
    """The whole page as one string, in Swedish or English."""
    w = words(lang)
    themes = theme_labels(connection, lang)
    regions = [r[0] for r in connection.execute(
        "SELECT police_region FROM municipalities GROUP BY police_region ORDER BY police_region").fetchall()]
    shared = str(w["axis_shared"])
    charts = [
        _chart("chart-theme-region", w["chart_theme_region"], w["no_data"],
               _stacked(connection, _THEME_REGION, regions, themes, THEME_COLOURS, (w["axis_region"], shared))),
        _chart("chart-theme-year", w["chart_theme_year"], w["no_data"],
               _stacked(connection, _THEME_YEAR, None, themes, THEME_COLOURS, (w["axis_year"], shared))),
        _chart("chart-status-region", w["chart_status_region"], w["no_data"],
               _stacked(connection, "SELECT police_region, status, promises FROM status_by_region", regions,
                        status_labels(lang), STATUS_COLOURS, (w["axis_region"], w["axis_followed"]))),
    ]
    texts = {k: v for k, v in w.items() if isinstance(v, str)}
    return "".join([
        f"<!DOCTYPE html><html lang='{w['html_lang']}'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{html.escape(w['title'])}</title><style>", _STYLE, "</style>",
        "<script>", get_plotlyjs(), "</script></head><body>",
        f"<header><h1>{html.escape(w['title'])}</h1><div>", html.escape(headline), "</div></header><main>",
        "<section><div class='charts'>", *charts, "</div></section>",
        _coverage(connection, w),
        _promise_table(connection, regions, themes, lang),
        "</main>",
        _json_script("status-colours", STATUS_COLOURS),
        _json_script("status-labels", status_labels(lang)),
        _json_script("words", texts),
        "<script>", _SCRIPT, "</script></body></html>",
    ])


def _stacked(connection: duckdb.DuckDBPyConnection, sql: str, categories: list[str] | None,
             series: dict[str, str], colours: dict[str, str] | None,
             axes: tuple[str, str]) -> go.Figure | None:
    """A stacked bar chart: x categories, one bar segment per series, from (category, series, count) rows;
    `axes` titles the x and y axes."""
    rows = connection.execute(sql).fetchall()
    if not rows:
        return None
    values: dict[str, dict[str, float]] = defaultdict(dict)
    for category, name, count in rows:
        values[name][category] = float(count)
    xs = categories if categories is not None else sorted({str(r[0]) for r in rows})
    figure = go.Figure()
    for code, label in series.items():
        if code not in values:
            continue
        marker = {"color": colours[code]} if colours else None
        figure.add_trace(go.Bar(name=label, x=xs, y=[values[code].get(x, 0) for x in xs], marker=marker,
                                hovertemplate=f"%{{x}}<br>{html.escape(label)}: %{{y:.3~f}}<extra></extra>"))
    figure.update_layout(barmode="stack", height=430, margin={"l": 60, "r": 10, "t": 10, "b": 50},
                         legend={"font": {"size": 11}}, xaxis={"type": "category", "title": axes[0]},
                         yaxis={"title": axes[1]})
    return figure


def _chart(div_id: str, title: str, empty: str, figure: go.Figure | None) -> str:
    inner = (f"<p class='empty'>{html.escape(empty)}</p>" if figure is None
             else pio.to_html(figure, include_plotlyjs=False, full_html=False, div_id=div_id, config=_CONFIG))
    return f"<div class='chart'><h2>{html.escape(title)}</h2>{inner}</div>"


def _coverage(connection: duckdb.DuckDBPyConnection, w: dict[str, Any]) -> str:
    """Municipalities by police region and year, marked with the kinds of report that cover
    them; a municipality's name opens its promises in the table below."""
    rows = connection.execute(
        "SELECT police_region, county, name, code, year, doc_types FROM coverage").fetchall()
    years = sorted({r[4] for r in rows})
    head = "".join(f"<th>{y}</th>" for y in years)
    grouped: dict[str, dict[tuple[str, str, str], dict[int, list[str]]]] = defaultdict(lambda: defaultdict(dict))
    for region, county, name, code, year, doc_types in rows:
        grouped[region][(county, name, code)][year] = list(doc_types)
    parts = [f"<section id='coverage'><h2>{html.escape(w['coverage_heading'])}</h2>",
             f"<p class='muted'>{html.escape(w['coverage_note'])}</p>"]
    if not years:
        parts.append(f"<p class='empty'>{html.escape(w['coverage_none'])}</p>")
    for region, municipalities in sorted(grouped.items()):
        covered = sum(1 for cells in municipalities.values() if any(cells.values()))
        summary = str(w["coverage_summary"]).format(region=region, covered=covered, total=len(municipalities))
        parts.append(f"<details><summary>{html.escape(summary)}</summary><table class='cov'><thead><tr>"
                     f"<th>{html.escape(w['col_municipality'])}</th><th>{html.escape(w['col_county'])}</th>"
                     f"<th>{html.escape(w['col_code'])}</th>{head}</tr></thead><tbody>")
        for (county, name, code), cells in sorted(municipalities.items(), key=lambda kv: (kv[0][0], kv[0][1])):
            tds = "".join(_coverage_cell(cells.get(y, []), w) for y in years)
            label = (f"<a href='#promises' class='drill' data-code='{code}'>{html.escape(name)}</a>"
                     if any(cells.values()) else html.escape(name))
            parts.append(f"<tr><td>{label}</td><td>{html.escape(county)}</td><td>{code}</td>{tds}</tr>")
        parts.append("</tbody></table></details>")
    parts.append("</section>")
    return "".join(parts)


def _coverage_cell(doc_types: list[str], w: dict[str, Any]) -> str:
    if not doc_types:
        return "<td class='y none'>·</td>"
    marks = "/".join(str(w.get(f"doc_{t}", t)) for t in doc_types)
    return f"<td class='y has'>{html.escape(marks)}</td>"


_PROMISE_DATA = """
    WITH labels AS (SELECT map($theme_codes, $theme_labels) AS themes,
                           map($status_codes, $status_labels) AS statuses),
    listed AS (
        SELECT 'activities' AS kind, promise_key, list(text ORDER BY ordinal) AS texts FROM activities GROUP BY ALL
        UNION ALL
        SELECT 'results', promise_key, list(text ORDER BY ordinal) FROM results GROUP BY ALL),
    shown AS (
        SELECT pr.promise_key, pr.follow_up_key,
               list(DISTINCT m.code ORDER BY m.code) FILTER (WHERE m.code IS NOT NULL) AS codes,
               string_agg(DISTINCT m.name, ', ' ORDER BY m.name) AS municipalities,
               string_agg(DISTINCT m.police_region, ', ' ORDER BY m.police_region) AS police_regions,
               pr.period_start, pr.period_end, pr.text, pr.themes,
               CASE WHEN pr.followed_up THEN coalesce(pr.status, 'not_reported') END AS status,
               coalesce(f.status_evidence, p.status_evidence) AS status_evidence,
               pr.link, pr.page, pr.follow_up_link, r.source_file, min(m.name) AS first_name
        FROM promise_register pr
        JOIN promises p USING (promise_key)
        LEFT JOIN promises f ON f.promise_key = pr.follow_up_key
        JOIN reports r ON r.report_id = pr.report_id
        LEFT JOIN report_municipalities rm ON rm.report_id = pr.report_id
        LEFT JOIN municipalities m USING (code)
        GROUP BY ALL),
    placed AS (SELECT *, row_number() OVER (ORDER BY first_name, period_start, promise_key) AS place FROM shown)
    SELECT coalesce(to_json(list({
        'municipalities': coalesce(s.municipalities, ''), 'codes': coalesce(s.codes, []),
        'regions': coalesce(s.police_regions, ''), 'start': s.period_start, 'end': s.period_end,
        'period': CASE WHEN s.period_start IS NULL THEN ''
                       WHEN s.period_start = s.period_end THEN CAST(s.period_start AS VARCHAR)
                       ELSE s.period_start || '–' || s.period_end END,
        'themes': coalesce(s.themes, []),
        'theme_labels': array_to_string(list_transform(coalesce(s.themes, []),
                                                       lambda t: coalesce(labels.themes[t], t)), ', '),
        'status': coalesce(s.status, ''), 'status_label': coalesce(labels.statuses[s.status], ''),
        'status_evidence': coalesce(s.status_evidence, ''), 'text': s.text, 'link': coalesce(s.link, ''),
        'page': s.page, 'follow_up_link': coalesce(s.follow_up_link, ''),
        'source_file': coalesce(s.source_file, ''),
        'activities': coalesce(own_a.texts, []) || coalesce(follow_a.texts, []),
        'results': coalesce(own_r.texts, []) || coalesce(follow_r.texts, [])
    } ORDER BY s.place)), '[]')
    FROM placed s CROSS JOIN labels
    LEFT JOIN listed own_a ON own_a.kind = 'activities' AND own_a.promise_key = s.promise_key
    LEFT JOIN listed own_r ON own_r.kind = 'results' AND own_r.promise_key = s.promise_key
    LEFT JOIN listed follow_a ON follow_a.kind = 'activities' AND follow_a.promise_key = s.follow_up_key
                                 AND s.follow_up_key <> s.promise_key
    LEFT JOIN listed follow_r ON follow_r.kind = 'results' AND follow_r.promise_key = s.follow_up_key
                                 AND s.follow_up_key <> s.promise_key"""


def promise_data(connection: duckdb.DuckDBPyConnection, themes: dict[str, str], lang: str) -> str:
    """The page's table as a JSON array, one record per promise: what it shows, what its
    filters read, and the activities and results (its own and its follow-up's) that open
    under it. DuckDB builds the records and their JSON itself: a national overview holds
    tens of thousands of promises, which Python took three times as long to dress."""
    statuses = status_labels(lang)
    row = connection.execute(_PROMISE_DATA, {
        "theme_codes": list(themes), "theme_labels": list(themes.values()),
        "status_codes": list(statuses), "status_labels": list(statuses.values())}).fetchone()
    return str(row[0]) if row else "[]"


def _filter_choices(connection: duckdb.DuckDBPyConnection) -> tuple[list[tuple[str, str]], list[int]]:
    """The municipalities (name, code) and the years the table's promises cover, for its filters."""
    municipalities = [(str(name), str(code)) for name, code in connection.execute(
        "SELECT DISTINCT m.name, m.code FROM promise_register JOIN report_municipalities USING (report_id) "
        "JOIN municipalities m USING (code) ORDER BY ALL").fetchall()]
    years = [int(year) for (year,) in connection.execute(
        "SELECT DISTINCT unnest(generate_series(period_start, period_end)) AS year FROM promise_register "
        "WHERE period_start IS NOT NULL ORDER BY year").fetchall()]
    return municipalities, years


def _promise_table(connection: duckdb.DuckDBPyConnection, regions: list[str], themes: dict[str, str],
                   lang: str) -> str:
    w = words(lang)
    municipalities, years = _filter_choices(connection)

    def options(pairs: list[tuple[str, str]]) -> str:
        return "".join(f"<option value='{html.escape(v)}'>{html.escape(label)}</option>" for v, label in pairs)

    heads = [("municipalities", w["col_municipality"]), ("regions", w["col_region"]), ("period", w["col_period"]),
             ("theme_labels", w["col_themes"]), ("status_label", w["col_status"]), ("text", w["col_promise"]),
             ("", w["col_source"])]
    head = "".join(f"<th data-key='{k}' class='{'sortable' if k else ''}'>{html.escape(label)}</th>"
                   for k, label in heads)
    return "".join([
        f"<section id='promise-section'><h2>{html.escape(w['table_heading'])}</h2><p class='filters'>",
        f"<input id='search' type='search' placeholder='{html.escape(w['search_placeholder'])}' "
        f"aria-label='{html.escape(w['search_label'])}'> ",
        f"<select id='region' aria-label='{html.escape(w['col_region'])}'><option value=''>"
        f"{html.escape(w['all_regions'])}</option>{options([(r, r) for r in regions])}</select> ",
        f"<select id='municipality' aria-label='{html.escape(w['col_municipality'])}'><option value=''>"
        f"{html.escape(w['all_municipalities'])}</option>"
        f"{options([(code, name) for name, code in municipalities])}</select> ",
        f"<select id='theme' aria-label='{html.escape(w['col_themes'])}'><option value=''>"
        f"{html.escape(w['all_themes'])}</option>{options(list(themes.items()))}</select> ",
        f"<select id='year' aria-label='{html.escape(w['col_period'])}'><option value=''>"
        f"{html.escape(w['all_years'])}</option>{options([(str(y), str(y)) for y in years])}</select> ",
        f"<select id='status' aria-label='{html.escape(w['col_status'])}'><option value=''>"
        f"{html.escape(w['any_status'])}</option>{options(list(status_labels(lang).items()))}</select> ",
        f"<button id='export-csv' type='button'>{html.escape(w['export_csv'])}</button> ",
        f"<button id='export-xlsx' type='button'>{html.escape(w['export_excel'])}</button> ",
        "<span id='count' class='muted'></span></p>",
        f"<p class='muted'>{html.escape(w['status_blank_note'])}</p>",
        "<div id='drill'></div>",
        f"<table id='promises'><thead><tr><th></th>{head}</tr></thead><tbody></tbody></table>",
        _script_data("promise-data", promise_data(connection, themes, lang)), "</section>",
    ])


def _json_script(element_id: str, data: object) -> str:
    """Data for the page's script, safe inside a script element whatever the texts contain."""
    return _script_data(element_id, json.dumps(data, ensure_ascii=False))


def _script_data(element_id: str, payload: str) -> str:
    """JSON text `payload` in a script element, its < and > escaped so no text can close it."""
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e")
    return f"<script type='application/json' id='{element_id}'>{payload}</script>"
