"""The national overview: many extracted reports side by side.

`build(paths, out)` reads report JSON from run folders (`collect`), turns them
into rows and links follow-ups to the promises they report on (`tables`), loads
the rows into an embedded DuckDB database with views for the questions a police
region asks and exports them as CSV and Parquet (`store`), and writes a
self-contained HTML page with charts and a searchable promise table (`page`).
"""

from extract.overview.build import Summary, build

__all__ = ["Summary", "build"]
