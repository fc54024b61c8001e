"""Derive the offline basemap (src/corroborate/data/basemap-ne110m.json) from Natural Earth.

Run once at development time, not at run time: the package ships only the derived file.
Input: the ``naturalearth_lowres`` shapefile (Natural Earth 1:110m Admin 0 countries, public
domain), as bundled in the geopandas 0.14.4 wheel, read with pyshp:

    pip download --no-deps geopandas==0.14.4 pyshp==3.1.6 -d /tmp/ne
    unzip -q /tmp/ne/geopandas-0.14.4-py3-none-any.whl 'geopandas/datasets/*' -d /tmp/ne
    PYTHONPATH=/tmp/ne/pyshp-3.1.6-py3-none-any.whl python scripts/build_basemap.py \
        /tmp/ne/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp

Why this shape: a briefing page inlines only the countries its map shows, so the file is read
by Python and kept small: coordinates in tenths of a degree (about 11 km, finer than a 1:110m
outline), rings as flat [lon, lat, lon, lat, ...] integer lists, and a bounding box per country
for the cheap "is it in view" test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import shapefile  # pyshp, development only

OUT = Path(__file__).resolve().parent.parent / "src" / "corroborate" / "data" / "basemap-ne110m.json"


def _ring(points) -> list[int]:
    flat: list[int] = []
    previous = None
    for lon, lat in points:
        point = (round(lon * 10), round(lat * 10))
        if point != previous:
            flat.extend(point)
            previous = point
    return flat


def main(shp_path: str) -> None:
    reader = shapefile.Reader(shp_path)
    fields = [f[0] for f in reader.fields[1:]]
    countries = []
    for record, shape in zip(reader.records(), reader.shapes(), strict=True):
        row = dict(zip(fields, record, strict=True))
        parts = list(shape.parts) + [len(shape.points)]
        rings = [_ring(shape.points[a:b]) for a, b in zip(parts, parts[1:], strict=False)]
        rings = [r for r in rings if len(r) >= 6]  # a ring needs three distinct points
        if not rings:
            continue
        lons = [v for r in rings for v in r[0::2]]
        lats = [v for r in rings for v in r[1::2]]
        countries.append({
            "name": row["name"],
            "iso_a3": row["iso_a3"],
            "bbox": [min(lons), min(lats), max(lons), max(lats)],
            "rings": rings,
        })
    data = {
        "source": "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (naturalearthdata.com), "
                  "via the naturalearth_lowres dataset bundled with geopandas 0.14.4",
        "licence": "Public domain (Natural Earth terms of use: no permission needed)",
        "units": "tenths of a degree; rings are flat [lon, lat, ...] lists, WGS84",
        "countries": countries,
    }
    OUT.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
