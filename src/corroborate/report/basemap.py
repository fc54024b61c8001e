"""An offline map of a story's places: Natural Earth country outlines drawn as inline SVG.

Equirectangular projection with its standard parallel at the centre of the view (x = lon·cos φ0,
y = −lat), zoomed to the places. Only the countries that fall in view are drawn, so a page
carries a few kilobytes of outline, not the world. No tiles, no fonts, no request.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..settings import ReportSettings

BASEMAP_FILE = "basemap-ne110m.json"
VIEW_WIDTH = 1000.0  # SVG user units; the page scales the SVG to its column
MIN_ASPECT, MAX_ASPECT = 1.35, 2.1  # width/height: wide enough for labels, never a strip
MIN_STEP = 0.9  # drop outline points closer than this (user units) to the previous one
DETAIL_FONT, DETAIL_RADIUS = 26.0, 9.0  # label size and marker radius in user units
OVERVIEW_FONT, OVERVIEW_RADIUS = 40.0, 14.0  # the overview is shown smaller, so its marks are drawn larger


@dataclass(frozen=True, slots=True)
class MapPlace:
    key: str
    name: str
    lat: float
    lon: float
    weight: float = 1.0  # how much the place matters (reports naming it): wins the label and the focus


@dataclass(frozen=True, slots=True)
class ProjectedPlace:
    place: MapPlace
    x: float
    y: float
    label: tuple[float, float, str] | None  # text x, y (relative to the marker) and anchor; None: no room


@dataclass(frozen=True, slots=True)
class MapView:
    width: float
    height: float
    land: str  # SVG path data of the countries in view
    highlighted_land: str  # countries that contain a place
    graticule: str
    places: list[ProjectedPlace]  # the interactive markers of this map
    bounds: tuple[float, float, float, float]  # west, south, east, north in degrees
    overview: bool = False
    context: list[tuple[float, float]] = field(default_factory=list)  # other places, drawn as small dots
    focus_box: tuple[float, float, float, float] | None = None  # x, y, width, height of the detail map


@lru_cache(maxsize=1)
def load_countries() -> list[dict]:
    text = resources.files("corroborate").joinpath("data", BASEMAP_FILE).read_text(encoding="utf-8")
    return json.loads(text)["countries"]


def _bounds(places: list[MapPlace], settings: ReportSettings) -> tuple[float, float, float, float, float]:
    """West, south, east, north of the view and cos φ0, padded and shaped to a sane aspect."""
    west, east = min(p.lon for p in places), max(p.lon for p in places)
    south, north = min(p.lat for p in places), max(p.lat for p in places)
    lat0 = max(-70.0, min(70.0, (south + north) / 2))
    k = math.cos(math.radians(lat0))
    span, padding = settings.map_min_span_deg, settings.map_padding
    width_deg = max(east - west, span) * (1 + 2 * padding)
    height_deg = max(north - south, span * 0.6) * (1 + 2 * padding)
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


def _project_fn(west: float, north: float, k: float, scale: float):
    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * k * scale, (north - lat) * scale

    return project


def _place_labels(points: list[tuple[MapPlace, float, float]], width: float, height: float,
                  font: float, radius: float) -> list[tuple[float, float, str] | None]:
    """Greedy label placement, heaviest place first: right, left, above, below the marker, or no
    label at all when every position would cover another label or marker (the name stays in the
    marker's accessible name and in the list beside the map)."""
    char = font * 0.6
    taken = [(x - radius, y - radius, x + radius, y + radius) for _, x, y in points]
    labels: dict[int, tuple[float, float, str] | None] = {}
    order = sorted(range(len(points)), key=lambda i: -points[i][0].weight)
    for i in order:
        place, x, y = points[i]
        w, h, gap = len(place.name) * char, font * 1.1, radius + font * 0.3
        candidates = [
            ((x + gap, y - h / 2, x + gap + w, y + h / 2), (gap, font * 0.35, "start")),
            ((x - gap - w, y - h / 2, x - gap, y + h / 2), (-gap, font * 0.35, "end")),
            ((x - w / 2, y - gap - h, x + w / 2, y - gap), (0.0, -gap - font * 0.25, "middle")),
            ((x - w / 2, y + gap, x + w / 2, y + gap + h), (0.0, gap + font * 0.85, "middle")),
        ]
        labels[i] = None
        for box, label in candidates:
            inside = box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height
            own = (x - radius, y - radius, x + radius, y + radius)
            clear = all(box[2] <= t[0] or box[0] >= t[2] or box[3] <= t[1] or box[1] >= t[3] for t in taken if t != own)
            if inside and clear:
                taken.append(box)
                labels[i] = (round(label[0], 1), round(label[1], 1), label[2])
                break
    return [labels[i] for i in range(len(points))]


def _render(places: list[MapPlace], marked: list[MapPlace], settings: ReportSettings, overview: bool = False,
            focus: tuple[float, float, float, float] | None = None) -> MapView:
    west, south, east, north, k = _bounds(places, settings)
    scale = VIEW_WIDTH / ((east - west) * k)
    height = round((north - south) * scale, 1)
    project = _project_fn(west, north, k, scale)

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

    font, radius = (OVERVIEW_FONT, OVERVIEW_RADIUS) if overview else (DETAIL_FONT, DETAIL_RADIUS)
    points = [(p, *project(p.lon, p.lat)) for p in marked]
    labels = _place_labels(points, VIEW_WIDTH, height, font, radius)
    projected = [ProjectedPlace(p, round(x, 1), round(y, 1), label) for (p, x, y), label in zip(points, labels, strict=True)]
    marked_keys = {p.key for p in marked}
    context = [tuple(round(v, 1) for v in project(p.lon, p.lat)) for p in places if p.key not in marked_keys]
    box = None
    if focus:
        x0, y0 = project(focus[0], focus[3])
        x1, y1 = project(focus[2], focus[1])
        box = (round(x0, 1), round(y0, 1), round(x1 - x0, 1), round(y1 - y0, 1))
    return MapView(VIEW_WIDTH, height, "".join(land), "".join(highlighted), "".join(lines), projected,
                   (round(west, 2), round(south, 2), round(east, 2), round(north, 2)), overview, context, box)


def _focus(places: list[MapPlace], settings: ReportSettings) -> list[MapPlace]:
    """The places of the region that matters most: the heaviest window of the focus size centred on
    a place. All places when they already fit a regional map."""
    west, east = min(p.lon for p in places), max(p.lon for p in places)
    south, north = min(p.lat for p in places), max(p.lat for p in places)
    wide_lon, wide_lat = settings.map_spread_deg
    if east - west <= wide_lon and north - south <= wide_lat:
        return places
    window_lon, window_lat = settings.map_focus_window_deg

    def window(centre: MapPlace) -> list[MapPlace]:
        return [p for p in places if abs(p.lon - centre.lon) <= window_lon / 2 and abs(p.lat - centre.lat) <= window_lat / 2]

    best = max((window(c) for c in places), key=lambda ps: (sum(p.weight for p in ps), len(ps)))
    total = sum(p.weight for p in places)
    if len(best) < 2 or sum(p.weight for p in best) < settings.map_focus_share * total:
        return places
    return best


def map_views(places: list[MapPlace], settings: ReportSettings | None = None) -> list[MapView]:
    """The maps for ``places``: one regional map, or, when a few places lie far from the rest, a
    detail map of the region that matters most and an overview that carries the far places. Each
    place is an interactive marker on exactly one map."""
    settings = settings or ReportSettings()
    if not places:
        return []
    focus = _focus(places, settings)
    if len(focus) == len(places):
        return [_render(places, places, settings)]
    detail = _render(focus, focus, settings)
    keys = {p.key for p in focus}
    overview = _render(places, [p for p in places if p.key not in keys], settings, overview=True, focus=detail.bounds)
    return [detail, overview]
