"""The overview page: one self-contained HTML file with charts, a coverage table and a promise search.

Charts are Plotly figures; plotly.js is embedded once in the page, so it opens
offline and fetches nothing. The promise table is a JSON array in the page,
filtered by a few lines of script as the user types.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from typing import Any

import duckdb
import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

from extract.overview.store import STATUSES

STATUS_LABELS = {"done": "done", "partly_done": "partly done", "ongoing": "ongoing", "not_done": "not done",
                 "not_reported": "not reported"}
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
_SHARED_AXIS = "promises (one with two themes counts ½ in each)"
DOC_TYPE_MARKS = {"promise": "P", "follow_up": "F", "combined": "P+F", "other": "–"}
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
padding:.35rem}.muted{color:#666}.empty{color:#666;font-style:italic}
"""

_SCRIPT = """
(function () {
  const rows = JSON.parse(document.getElementById('promise-data').textContent);
  const colours = JSON.parse(document.getElementById('status-colours').textContent);
  const body = document.querySelector('#promises tbody');
  const search = document.getElementById('search');
  const region = document.getElementById('region');
  const status = document.getElementById('status');
  const count = document.getElementById('count');
  const limit = 500;
  const text = (row) => row.slice(0, 7).join(' ').toLowerCase();
  const haystack = rows.map(text);
  function cell(value) { const td = document.createElement('td'); td.textContent = value; return td; }
  function render() {
    const words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    const wantRegion = region.value, wantStatus = status.value;
    const hits = [];
    rows.forEach((row, i) => {
      if (wantRegion && !row[1].split(', ').includes(wantRegion)) return;
      if (wantStatus && row[7] !== wantStatus) return;
      if (words.every((w) => haystack[i].includes(w))) hits.push(row);
    });
    body.replaceChildren(...hits.slice(0, limit).map((row) => {
      const tr = document.createElement('tr');
      [row[0], row[1], row[2], row[3]].forEach((v) => tr.appendChild(cell(v)));
      const st = cell(''); if (row[4]) { const s = document.createElement('span'); s.className = 'status';
        s.style.background = colours[row[7]] || '#999'; s.textContent = row[4]; st.appendChild(s); }
      tr.appendChild(st); tr.appendChild(cell(row[5]));
      const src = cell('');
      if (row[8]) {
        const a = document.createElement('a'); a.href = row[8]; a.textContent = row[6]; src.appendChild(a);
      } else { src.textContent = row[6]; }
      if (row[9]) { src.appendChild(document.createTextNode(' · '));
        const f = document.createElement('a'); f.href = row[9]; f.textContent = 'follow-up'; src.appendChild(f); }
      tr.appendChild(src);
      return tr;
    }));
    count.textContent = hits.length + ' of ' + rows.length + ' promises' +
      (hits.length > limit ? ' (the first ' + limit + ' shown)' : '');
  }
  [search, region, status].forEach((el) => el.addEventListener('input', render));
  render();
})();
"""


def render(connection: duckdb.DuckDBPyConnection, headline: str) -> str:
    """The whole page as one string."""
    themes = dict(connection.execute("SELECT code, label FROM themes ORDER BY rowid").fetchall())
    regions = [r[0] for r in connection.execute(
        "SELECT police_region FROM municipalities GROUP BY police_region ORDER BY police_region").fetchall()]
    charts = [
        _chart("chart-theme-region", "Promises per theme by police region",
               _stacked(connection, _THEME_REGION, regions, themes, THEME_COLOURS,
                        ("police region", _SHARED_AXIS))),
        _chart("chart-theme-year", "Promises in force per theme by year",
               _stacked(connection, _THEME_YEAR, None, themes, THEME_COLOURS, ("year", _SHARED_AXIS))),
        _chart("chart-status-region", "Status of followed-up promises by police region",
               _stacked(connection, "SELECT police_region, status, promises FROM status_by_region", regions,
                        {s: STATUS_LABELS[s] for s in STATUSES}, STATUS_COLOURS,
                        ("police region", "followed-up promises"))),
    ]
    return "".join([
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        "<title>Medborgarlöften: national overview</title><style>", _STYLE, "</style>",
        "<script>", get_plotlyjs(), "</script></head><body>",
        "<header><h1>Medborgarlöften: national overview</h1><div>", html.escape(headline), "</div></header><main>",
        "<section><div class='charts'>", *charts, "</div></section>",
        _coverage(connection),
        _promise_table(connection, regions, themes),
        "</main>",
        _json_script("status-colours", STATUS_COLOURS),
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


def _chart(div_id: str, title: str, figure: go.Figure | None) -> str:
    inner = ("<p class='empty'>No data for this chart in the reports compared.</p>" if figure is None
             else pio.to_html(figure, include_plotlyjs=False, full_html=False, div_id=div_id, config=_CONFIG))
    return f"<div class='chart'><h2>{html.escape(title)}</h2>{inner}</div>"


def _coverage(connection: duckdb.DuckDBPyConnection) -> str:
    """Municipalities by police region and year, marked with the kinds of report that cover them."""
    rows = connection.execute(
        "SELECT police_region, county, name, code, year, doc_types FROM coverage").fetchall()
    years = sorted({r[4] for r in rows})
    head = "".join(f"<th>{y}</th>" for y in years)
    grouped: dict[str, dict[tuple[str, str, str], dict[int, list[str]]]] = defaultdict(lambda: defaultdict(dict))
    for region, county, name, code, year, doc_types in rows:
        grouped[region][(county, name, code)][year] = list(doc_types)
    parts = ["<section id='coverage'><h2>Which municipalities have reports for which years</h2>",
             "<p class='muted'>P: promises given, F: follow-up, P+F: both in one report. "
             "Municipalities with no report at all are listed too.</p>"]
    if not years:
        parts.append("<p class='empty'>No report states its period.</p>")
    for region, municipalities in sorted(grouped.items()):
        covered = sum(1 for cells in municipalities.values() if any(cells.values()))
        parts.append(f"<details><summary>{html.escape(region)}: {covered} of {len(municipalities)} "
                     f"municipalities have a report</summary><table class='cov'><thead><tr><th>Municipality</th>"
                     f"<th>County</th><th>Kod</th>{head}</tr></thead><tbody>")
        for (county, name, code), cells in sorted(municipalities.items(), key=lambda kv: (kv[0][0], kv[0][1])):
            tds = "".join(_coverage_cell(cells.get(y, [])) for y in years)
            parts.append(f"<tr><td>{html.escape(name)}</td><td>{html.escape(county)}</td><td>{code}</td>{tds}</tr>")
        parts.append("</tbody></table></details>")
    parts.append("</section>")
    return "".join(parts)


def _coverage_cell(doc_types: list[str]) -> str:
    if not doc_types:
        return "<td class='y none'>·</td>"
    marks = "/".join(DOC_TYPE_MARKS.get(t, t) for t in doc_types)
    return f"<td class='y has'>{html.escape(marks)}</td>"


def _promise_table(connection: duckdb.DuckDBPyConnection, regions: list[str], themes: dict[str, str]) -> str:
    rows: list[list[Any]] = []
    for (municipalities, police_regions, start, end, _doc_type, text, promise_themes, status, link, page,
         follow_up_link) in connection.execute(
            "SELECT municipalities, police_regions, period_start, period_end, doc_type, text, themes, status, "
            "link, page, follow_up_link FROM promise_overview").fetchall():
        period = "" if start is None else (str(start) if start == end else f"{start}–{end}")
        source = "source" + (f", p. {page}" if page else "")
        rows.append([municipalities or "", police_regions or "", period,
                     ", ".join(themes.get(t, t) for t in promise_themes or []),
                     STATUS_LABELS.get(status, "") if status else "", text, source, status or "", link or "",
                     follow_up_link or ""])
    region_options = "".join(f"<option>{html.escape(r)}</option>" for r in regions)
    status_options = "".join(f"<option value='{s}'>{STATUS_LABELS[s]}</option>" for s in STATUSES)
    return "".join([
        "<section><h2>Every promise</h2><p>",
        "<input id='search' type='search' placeholder='Search promises, municipalities, themes…' "
        "aria-label='Search promises'> ",
        f"<select id='region' aria-label='Police region'><option value=''>All regions</option>{region_options}"
        "</select> ",
        f"<select id='status' aria-label='Status'><option value=''>Any status</option>{status_options}"
        "</select> <span id='count' class='muted'></span></p>",
        "<table id='promises'><thead><tr><th>Municipality</th><th>Police region</th><th>Period</th>"
        "<th>Themes</th><th>Status</th><th>Promise</th><th>Source</th></tr></thead><tbody></tbody></table>",
        _json_script("promise-data", rows), "</section>",
    ])


def _json_script(element_id: str, data: object) -> str:
    """Data for the page's script, safe inside a script element whatever the texts contain."""
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    return f"<script type='application/json' id='{element_id}'>{payload}</script>"
