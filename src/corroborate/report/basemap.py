"""An offline map of a story's places: Natural Earth country outlines drawn as inline SVG.

Equirectangular projection with its standard parallel at the centre of the view (x = lon·cos φ0,
y = −lat), zoomed to the places. Only the countries that fall in view are drawn, so a page
carries a few kilobytes of outline, not the world. No tiles, no fonts, no request.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

BASEMAP_FILE = "basemap-ne110m.json"
VIEW_WIDTH = 1000.0  # SVG user units; the page scales the SVG to its column
MIN_SPAN_DEG = 12.0  # a 1:110m outline looks wrong closer than this
PADDING = 0.18  # share of the span added around the places
MIN_ASPECT, MAX_ASPECT = 1.35, 2.1  # width/height: wide enough for labels, never a strip
MIN_STEP = 0.9  # drop outline points closer than this (user units) to the previous one


@dataclass(frozen=True, slots=True)
class MapPlace:
    key: str
    name: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class ProjectedPlace:
    place: MapPlace
    x: float
    y: float
    label_left: bool  # near the right edge the label goes to the left of the marker


@dataclass(frozen=True, slots=True)
class MapView:
    width: float
    height: float
    land: str  # SVG path data of the countries in view
    highlighted_land: str  # countries that contain a place
    graticule: str
    places: list[ProjectedPlace]
    bounds: tuple[float, float, float, float]  # west, south, east, north in degrees


@lru_cache(maxsize=1)
def load_countries() -> list[dict]:
    text = resources.files("corroborate").joinpath("data", BASEMAP_FILE).read_text(encoding="utf-8")
    return json.loads(text)["countries"]


def _bounds(places: list[MapPlace]) -> tuple[float, float, float, float, float]:
    """West, south, east, north of the view and cos φ0, padded and shaped to a sane aspect."""
    west, east = min(p.lon for p in places), max(p.lon for p in places)
    south, north = min(p.lat for p in places), max(p.lat for p in places)
    lat0 = max(-70.0, min(70.0, (south + north) / 2))
    k = math.cos(math.radians(lat0))
    width_deg = max(east - west, MIN_SPAN_DEG) * (1 + 2 * PADDING)
    height_deg = max(north - south, MIN_SPAN_DEG * 0.6) * (1 + 2 * PADDING)
    aspect = width_deg * k / height_deg
    if aspect > MAX_ASPECT:
        height_deg = width_deg * k / MAX_ASPECT
    elif aspect < MIN_ASPECT:
        width_deg = height_deg * MIN_ASPECT / k
    width_deg, height_deg = min(width_deg, 360.0), min(height_deg, 170.0)
    cx, cy = (west + east) / 2, (south + north) / 2
    cy = max(-85 + height_deg / 2, min(85 - height_deg / 2, cy)) if height_deg < 170 else 0.0
    return cx - width_deg / 2, cy - height_deg / 2, cx + width_deg / 2, cy + height_deg / 2, k


def _contains(ring: list[int], lon10: float, lat10: float) -> bool:
    """Ray casting on one ring in tenths of a degree."""
    inside = False
    xs, ys = ring[0::2], ring[1::2]
    j = len(xs) - 1
    for i in range(len(xs)):
        if (ys[i] > lat10) != (ys[j] > lat10):
            cross = xs[i] + (lat10 - ys[i]) * (xs[j] - xs[i]) / (ys[j] - ys[i])
            if lon10 < cross:
                inside = not inside
        j = i
    return inside


def _graticule_step(span: float) -> int:
    for step in (2, 5, 10, 15, 30):
        if span / step <= 8:
            return step
    return 45


def map_view(places: list[MapPlace]) -> MapView | None:
    """The SVG geometry for a map of ``places``; None when there is nothing to place."""
    if not places:
        return None
    west, south, east, north, k = _bounds(places)
    scale = VIEW_WIDTH / ((east - west) * k)
    height = round((north - south) * scale, 1)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * k * scale, (north - lat) * scale

    def ring_path(ring: list[int]) -> str:
        parts, last = [], None
        for lon10, lat10 in zip(ring[0::2], ring[1::2], strict=True):
            x, y = project(lon10 / 10, lat10 / 10)
            if last and abs(x - last[0]) < MIN_STEP and abs(y - last[1]) < MIN_STEP:
                continue
            parts.append(f"{x:.1f} {y:.1f}")
            last = (x, y)
        return "M" + "L".join(parts) + "Z" if len(parts) >= 3 else ""

    margin = 1.0
    land, highlighted = [], []
    for country in load_countries():
        w, s, e, n = (v / 10 for v in country["bbox"])
        if e < west - margin or w > east + margin or n < south - margin or s > north + margin:
            continue
        path = "".join(ring_path(r) for r in country["rings"])
        if not path:
            continue
        holds_place = any(
            w <= p.lon <= e and s <= p.lat <= n
            and any(_contains(r, p.lon * 10, p.lat * 10) for r in country["rings"])
            for p in places
        )
        (highlighted if holds_place else land).append(path)

    step = _graticule_step(max(east - west, north - south))
    lines = []
    for lon in range(math.ceil(west / step) * step, math.floor(east / step) * step + 1, step):
        x, _ = project(lon, 0)
        lines.append(f"M{x:.1f} 0V{height}")
    for lat in range(math.ceil(south / step) * step, math.floor(north / step) * step + 1, step):
        _, y = project(0, lat)
        lines.append(f"M0 {y:.1f}H{VIEW_WIDTH:.0f}")

    projected = []
    for place in places:
        x, y = project(place.lon, place.lat)
        projected.append(ProjectedPlace(place, round(x, 1), round(y, 1), x > VIEW_WIDTH * 0.72))
    return MapView(VIEW_WIDTH, height, "".join(land), "".join(highlighted), "".join(lines), projected,
                   (round(west, 2), round(south, 2), round(east, 2), round(north, 2)))
