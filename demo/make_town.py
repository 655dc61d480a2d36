#!/usr/bin/python3
"""Generate the synthetic demo town "Neustadt am Fluss" as one GeoPackage.

Usage:  /usr/bin/python3 demo/make_town.py OUTPUT.gpkg

Everything is made up: no third-party data is used or embedded.  The town is
generated from fixed random seeds, so every run writes the same content (and,
with the fixed GeoPackage timestamp set below, the same bytes).

Layers (EPSG:25832, around x=650000, y=5480000):

  streets         LineString  street_id, name, highway, oneway, maxspeed
                  A slightly irregular grid of main and residential streets
                  (~200 m blocks), one feature per stretch between two
                  junctions, a vertex every ~50 m; footpaths through some
                  blocks and two parks.  Streets meet only at shared vertices
                  (identical coordinates).  The river is crossed only at the
                  bridges.  oneway='yes' means: travel in digitizing direction.
  areas           Polygon     area_id, name, inhabitants, pop_u6, pop_u18,
                  pop_65plus, s1, s3, s4, d1, d3, d4, share_single_parent,
                  share_migrant   (~50 Planungsräume, no gaps, no overlaps)
  facilities      Point       facility_id, kind, name, provider, capacity,
                  capacity_text, target_group, org_form, address
  candidates      Point       site_id, name, kind_of_site
  residents       Point       inhabitants, age_u18, age_65plus, area_id
                  (sums per area equal the area's inhabitants/pop_u18/pop_65plus)
  programme_area  Polygon     programme, since
  boundary        Polygon     name
  river           Polygon     name

Indicators follow Berlin's MSS (see shared docs/methods.md): s1 unemployed
(SGB II) in % of residents 15-65, s3 transfer recipients in %, s4 children
under 15 in SGB II households in %, d1/d3/d4 change over two years in
percentage points.  The town has a deprived cluster east of the river (near
the old goods station and the industrial estate), a few neighbouring areas
with worsening dynamics, a wealthy quarter on the west bank, one industrial
estate with fewer than 300 inhabitants (excluded by the MSS rule) and a
programme area ("Soziale Stadt Ostufer") that misses two of the deprived
areas and includes one area of low need.
"""

import math
import os
import random
import sys
import tempfile
import time

# Fixed GeoPackage timestamps (gpkg_contents.last_change) -> identical bytes.
os.environ["OGR_CURRENT_DATE"] = "2024-01-01T00:00:00.000Z"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QGIS_PREFIX_PATH", "/usr")

from qgis.PyQt.QtCore import QVariant  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

TOWN = "Neustadt am Fluss"
CRS = "EPSG:25832"
CX, CY = 650000.0, 5480000.0          # town centre
RX_A, RX_B = 3000.0, 2400.0           # half axes of the town boundary
RIVER_X0 = 649700.0                   # mean x of the river
RIVER_HALF_WIDTH = 18.0
NODE_RIVER_CLEARANCE = 42.0           # junctions closer to the centreline are dropped
EDGE_RIVER_CLEARANCE = 30.0           # street samples closer than this are "in the river"
SEGMENT_LENGTH = 50.0                 # spacing of intermediate vertices
N_RESIDENT_POINTS = 3000


class TownError(Exception):
    pass


def rnd(v):
    """Round coordinates to the centimetre (shared vertices are identical floats)."""
    return round(v, 2)


# ---------------------------------------------------------------------------
# Boundary and river
# ---------------------------------------------------------------------------

def boundary_radius_factor(theta):
    return 1.0 + 0.06 * math.sin(2 * theta + 1.0) + 0.05 * math.cos(3 * theta + 0.4) \
        + 0.025 * math.sin(5 * theta + 2.0) + 0.012 * math.cos(9 * theta + 0.3)


def inside_boundary(x, y, margin=0.0):
    dx, dy = (x - CX) / RX_A, (y - CY) / RX_B
    r = math.hypot(dx, dy)
    theta = math.atan2(dy, dx)
    f = boundary_radius_factor(theta)
    # margin in metres converted roughly into the normalized radius
    return r * (1.0 + margin / (0.5 * (RX_A + RX_B))) < f


def boundary_geometry():
    pts = []
    n = 144
    for k in range(n):
        t = 2 * math.pi * k / n
        f = boundary_radius_factor(t)
        pts.append(QgsPointXY(rnd(CX + RX_A * f * math.cos(t)), rnd(CY + RX_B * f * math.sin(t))))
    pts.append(pts[0])
    g = QgsGeometry.fromPolygonXY([pts])
    if not g.isGeosValid():
        raise TownError("boundary polygon is not valid")
    return g


def river_x(y):
    t = y - CY
    return RIVER_X0 + 230.0 * math.sin(t / 760.0) + 55.0 * math.sin(t / 270.0 + 1.0)


def river_dxdy(y):
    t = y - CY
    return 230.0 / 760.0 * math.cos(t / 760.0) + 55.0 / 270.0 * math.cos(t / 270.0 + 1.0)


def river_distance(x, y):
    """Approximate distance to the river centreline (good for a gentle curve)."""
    return abs(x - river_x(y)) / math.sqrt(1.0 + river_dxdy(y) ** 2)


def river_side(x, y):
    return 1 if x > river_x(y) else -1      # +1 east bank, -1 west bank


def river_centreline(y0, y1, step=20.0):
    n = int(math.ceil((y1 - y0) / step))
    return [QgsPointXY(rnd(river_x(y0 + k * (y1 - y0) / n)), rnd(y0 + k * (y1 - y0) / n))
            for k in range(n + 1)]


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

STREET_STEMS = [
    "Linden", "Eichen", "Birken", "Ahorn", "Kastanien", "Buchen", "Erlen", "Ulmen", "Eschen",
    "Weiden", "Pappel", "Tannen", "Fichten", "Kiefern", "Lärchen", "Akazien", "Platanen",
    "Holunder", "Flieder", "Wacholder", "Rosen", "Tulpen", "Nelken", "Veilchen", "Lilien",
    "Astern", "Dahlien", "Narzissen", "Primel", "Krokus", "Amsel", "Drossel", "Finken",
    "Lerchen", "Meisen", "Schwalben", "Falken", "Habicht", "Kranich", "Storchen", "Goethe",
    "Schiller", "Lessing", "Heine", "Uhland", "Mörike", "Hölderlin", "Kant", "Beethoven",
    "Mozart", "Händel", "Schubert", "Brahms", "Kepler", "Humboldt", "Gutenberg", "Röntgen",
    "Diesel", "Bunsen", "Liebig", "Fontane", "Eichendorff", "Kästner", "Kirch", "Schul",
    "Mühlen", "Garten", "Wiesen", "Feld", "Berg", "Markt", "Post", "Brunnen", "Schloss",
    "Burg", "Kloster", "Ziegelei", "Hütten", "Brauerei", "Turm", "Graben", "Sonnen",
    "Wald", "Heide", "Anger", "Hof", "Quellen", "Weinberg", "Hopfen", "Gerber", "Weber",
    "Schmiede", "Sattler", "Fischer", "Töpfer", "Müller", "Zimmerer", "Bäcker", "Brücken",
]
MAIN_STREET_NAMES = [
    "Friedrich-Ebert-Straße", "Kaiserstraße", "Mainzer Straße", "Frankfurter Straße",
    "Bergstraße", "Ringstraße", "Industriestraße", "Am Güterbahnhof", "Landstraße",
    "Dorfstraße", "Kurt-Schumacher-Straße", "Rathenaustraße", "Theodor-Heuss-Straße",
    "Konrad-Adenauer-Allee", "Gartenstraße", "Karlstraße", "Wilhelmstraße", "Luisenstraße",
    "Schulstraße", "Kirchstraße", "Parkstraße", "Lindenallee", "Römerstraße", "Uferstraße",
]

# Quarter names with an optional target position (dx, dy from the centre) so that
# directional names end up in the right place.  Special roles are assigned first.
GENERIC_QUARTERS = [
    ("Nordstadt", (600, 1700)), ("Südstadt", (300, -1800)), ("Weststadt", (-1900, -200)),
    ("Westend", (-2500, 300)), ("Nordost", (1800, 1300)), ("Am Mühlbach", (-900, -1000)),
    ("Kirchberg", (-1400, 900)), ("Schlossberg", (-600, 1400)), ("Marktviertel", (-700, 100)),
    ("Klosterviertel", (-1000, -300)), ("Gartenstadt", (-1700, -1200)), ("Lindenhof", (1200, 1800)),
    ("Eichenhain", (2200, 900)), ("Birkenfeld", (-2000, 1000)), ("Am Stadtwald", (-1200, -1800)),
    ("Heideviertel", (2400, -600)), ("Auenviertel", (-300, -1200)), ("Brückenviertel", (-250, 600)),
    ("Waldsiedlung", (1500, -1700)), ("Wiesengrund", (900, -1400)), ("Mühlenviertel", (-400, 1900)),
    ("Feldmark", (2600, 200)), ("Talblick", (-2400, -600)), ("Sonnenfeld", (100, 2000)),
    ("Buchholz", (1900, -1100)), ("Steinfeld", (-2200, -1100)), ("Hohe Warte", (-1500, 1600)),
    ("Rosengarten", (-1100, 500)), ("Lerchenfeld", (1000, 1200)), ("Finkenherd", (-1800, 400)),
    ("Alt-Kleinhausen", (2500, 1300)), ("Oberdorf", (-300, 2100)), ("Musikerviertel", (-1500, -500)),
    ("Dichterviertel", (-1600, 1200)), ("Vogelsiedlung", (1800, 1900)), ("Blumenviertel", (600, -2000)),
    ("Schulviertel", (-800, -1500)), ("Am Sportpark", (1400, -600)), ("Obstwiesen", (-2600, 1000)),
    ("Kastanienhof", (-700, -2000)), ("Erlenbruch", (200, 1500)), ("Am Wasserwerk", (2200, -1400)),
    ("Hochfeld", (-100, 1100)), ("Am Bahndamm", (1600, 400)), ("Ahornviertel", (1100, 500)),
]
CLUSTER_NAMES = ["Ostufer", "Am Güterbahnhof", "Hafenviertel", "Schlachthofviertel",
                 "Eisenbahnersiedlung", "Neue Heimat", "Am Gaswerk", "Ziegeleiviertel"]
WORSENING_NAMES = ["Kasernenviertel", "Rosenhöhe", "Am Wasserturm"]
WEALTHY_NAMES = ["Am Sonnenhang", "Villenviertel Lindenhöhe"]
INDUSTRIAL_NAME = "Industriegebiet Ost"
LOW_NEED_PROGRAMME_NAME = "Am Stadtgarten"
CENTRE_NAME = "Altstadt"
STATION_NAME = "Bahnhofsviertel"

KITA_NAMES = [
    "Sonnenblume", "Regenbogen", "Pusteblume", "Löwenzahn", "Sternschnuppe", "Kunterbunt",
    "Rappelkiste", "Spatzennest", "Wirbelwind", "Zwergenland", "Marienkäfer", "Schatzkiste",
    "Purzelbaum", "Arche Noah", "St. Marien", "St. Johannes", "Schneckenhaus", "Glühwürmchen",
    "Traumland", "Kleine Strolche", "Waldwichtel", "Igelbau", "Bärenhöhle", "Froschkönig",
    "Kinderland", "Sausewind", "Lummerland", "Sonnenschein", "Flohkiste", "Mäuseburg",
    "Seepferdchen", "Zauberwald", "Villa Kunterbunt", "Sonnenkäfer", "Wichtelhaus", "Hummelnest",
]
PROVIDERS = {
    "kita": ["Stadt Neustadt", "Stadt Neustadt", "AWO", "Caritas", "Diakonie", "DRK",
             "Ev. Kirchengemeinde", "Kath. Kirchengemeinde", "Elterninitiative e.V.", "Lebenshilfe",
             "Paritätischer"],
    "youth_centre": ["Stadt Neustadt", "AWO", "Caritas", "Diakonie", "Paritätischer", "DRK",
                     "Jugendwerk Neustadt e.V."],
    "senior_centre": ["AWO", "DRK", "Caritas", "Diakonie", "Johanniter", "Stadt Neustadt",
                      "Volkssolidarität"],
    "family_centre": ["Stadt Neustadt", "Caritas", "Diakonie", "AWO", "Paritätischer"],
    "counselling": ["Caritas", "Diakonie", "AWO", "Paritätischer", "Stadt Neustadt", "DRK",
                    "Lebenshilfe", "pro familia"],
}
COUNSELLING_SERVICES = [
    ("Erziehungsberatung", "central"), ("Schuldnerberatung", "central"),
    ("Suchtberatung", "central"), ("Migrationsberatung", "quarter"),
    ("Sozialberatung", "quarter"), ("Schwangerschaftsberatung", "central"),
    ("Pflegestützpunkt", "central"), ("Wohnungsnotfallhilfe", "outreach"),
    ("Beratung für Alleinerziehende", "quarter"), ("Jobcenter-Lotsen", "outreach"),
    ("Familienberatung", "quarter"), ("Schulsozialarbeit", "quarter"),
    ("Ehrenamtsbörse", "central"), ("Seniorenberatung", "mobile"),
]
GASSEN = ["Kirchgasse", "Webergasse", "Bäckergasse", "Schmiedgasse", "Rosengasse",
          "Fischergasse", "Kramergasse", "Salzgasse", "Badgasse", "Hirschgasse", "Löwengasse",
          "Sterngasse", "Kronengasse", "Spitalgasse", "Färbergasse", "Gerbergasse",
          "Metzgergasse", "Brunnengasse", "Mühlgasse", "Torgasse", "Burggasse", "Engelgasse"]
CANDIDATE_KINDS = [
    "vacant shop", "vacant shop", "vacant shop", "school building", "community room",
    "community room", "church hall", "former bank branch", "housing company ground floor",
    "municipal building",
]


# ---------------------------------------------------------------------------
# Street network
# ---------------------------------------------------------------------------

def densify(p0, p1, wiggle=0.0, phase=0.0):
    """Vertices from p0 to p1 every ~SEGMENT_LENGTH m (end points exact)."""
    (x0, y0), (x1, y1) = p0, p1
    length = math.hypot(x1 - x0, y1 - y0)
    n = max(1, int(round(length / SEGMENT_LENGTH)))
    nx, ny = (-(y1 - y0) / length, (x1 - x0) / length) if length > 0 else (0.0, 0.0)
    pts = [p0]
    for k in range(1, n):
        t = k / n
        off = wiggle * math.sin(math.pi * t + phase * math.sin(2 * math.pi * t))
        pts.append((rnd(x0 + t * (x1 - x0) + off * nx), rnd(y0 + t * (y1 - y0) + off * ny)))
    pts.append(p1)
    return pts


class Network:
    def __init__(self):
        self.features = []          # dicts: pts, name, highway, oneway, maxspeed

    def add(self, pts, name, highway, oneway=None, maxspeed=None):
        self.features.append(dict(pts=pts, name=name, highway=highway, oneway=oneway,
                                  maxspeed=maxspeed))


def build_streets(rng):
    # Grid lines with irregular spacing.
    xs, x = [], CX - RX_A * 1.15
    while x < CX + RX_A * 1.15:
        xs.append(x)
        x += rng.uniform(175.0, 230.0)
    ys, y = [], CY - RX_B * 1.15
    while y < CY + RX_B * 1.15:
        ys.append(y)
        y += rng.uniform(175.0, 230.0)
    nx, ny = len(xs), len(ys)

    # Main lines: every 4th column/row; primary axes nearest to given positions.
    main_cols = {i for i in range(nx) if i % 4 == 2}
    main_rows = {j for j in range(ny) if j % 4 == 1}
    prim_col_w = min(main_cols, key=lambda i: abs(xs[i] - 649000.0))   # Hauptstraße (west bank)
    prim_col_e = min(main_cols, key=lambda i: abs(xs[i] - 651100.0))   # Bahnhofstraße (east bank)
    prim_row = min(main_rows, key=lambda j: abs(ys[j] - CY))           # Brückenstraße / Alte Brücke

    # Junction nodes with jitter.
    node = {}
    for i in range(nx):
        for j in range(ny):
            jx = rng.uniform(-14.0, 14.0)
            jy = rng.uniform(-14.0, 14.0)
            node[(i, j)] = [xs[i] + jx, ys[j] + jy]

    # Bridges: main rows that cross the river inside the town.
    def crossing(j):
        for i in range(nx - 1):
            a, b = node[(i, j)], node[(i + 1, j)]
            if river_side(*a) != river_side(*b):
                return i
        return None

    bridge_rows = []
    for j in sorted(main_rows, key=lambda j: abs(ys[j] - CY)):
        i = crossing(j)
        if i is None:
            continue
        a, b = node[(i, j)], node[(i + 1, j)]
        ya = 0.5 * (a[1] + b[1])
        if not (inside_boundary(river_x(ya), ya, margin=450.0)):
            continue
        if all(abs(ys[j] - ys[k]) > 700 for k in bridge_rows):
            bridge_rows.append(j)
        if len(bridge_rows) == 4:
            break
    if prim_row not in bridge_rows:
        raise TownError("primary row does not get a bridge")
    bridges = {}
    for j in bridge_rows:
        i = crossing(j)
        for k in (i, i + 1):            # move the bridge heads out of the water
            p = node[(k, j)]
            side = river_side(*p)
            if river_distance(*p) < NODE_RIVER_CLEARANCE + 10:
                p[0] = river_x(p[1]) + side * (NODE_RIVER_CLEARANCE + 12) * math.sqrt(
                    1 + river_dxdy(p[1]) ** 2)
        bridges[((i, j), (i + 1, j))] = True

    for k in node:
        node[k] = (rnd(node[k][0]), rnd(node[k][1]))

    bridge_nodes = {n for e in bridges for n in e}
    alive = {}
    for k, p in node.items():
        ok = inside_boundary(p[0], p[1], margin=30.0)
        if ok and k not in bridge_nodes and river_distance(*p) < NODE_RIVER_CLEARANCE:
            ok = False
        alive[k] = ok

    # Parks: 2 x 2 blocks whose middle lines are residential.
    def park_at(tx, ty):
        best = None
        for i in range(nx - 2):
            for j in range(ny - 2):
                if (i + 1) in main_cols or (j + 1) in main_rows:
                    continue
                ks = [(i + a, j + b) for a in range(3) for b in range(3)]
                if not all(alive[k] for k in ks):
                    continue
                if len({river_side(*node[k]) for k in ks}) != 1:
                    continue
                if min(river_distance(*node[k]) for k in ks) < 60:
                    continue
                c = node[(i + 1, j + 1)]
                d = math.hypot(c[0] - tx, c[1] - ty)
                if best is None or d < best[0]:
                    best = (d, i, j)
        return best[1], best[2]

    parks = [("Stadtpark",) + park_at(649050.0, 5480750.0),
             ("Volkspark",) + park_at(651700.0, 5481350.0)]
    park_internal = {}
    park_blocks = set()
    for pname, i0, j0 in parks:
        c = (i0 + 1, j0 + 1)
        for n in ((i0 + 1, j0), (i0 + 1, j0 + 2), (i0, j0 + 1), (i0 + 2, j0 + 1)):
            park_internal[tuple(sorted((c, n)))] = pname
        for a in range(2):
            for b in range(2):
                park_blocks.add((i0 + a, j0 + b))

    # Street names per line: columns get one name per run, rows change name at the river.
    stems = STREET_STEMS[:]
    rng.shuffle(stems)
    main_names = MAIN_STREET_NAMES[:]
    rng.shuffle(main_names)
    used = set()

    pool = [s + suf for s in stems for suf in ("straße", "weg", "ring")]
    # Prefer "...straße" and "...weg"; a stem is reused with another suffix only late.
    pool.sort(key=lambda n: (0 if n.endswith("straße") else 1 if n.endswith("weg") else 2))
    pool.reverse()

    def res_name():
        while pool:
            name = pool.pop()
            if name not in used:
                used.add(name)
                return name
        raise TownError("ran out of street names")

    def main_name():
        if not main_names:
            return res_name()
        name = main_names.pop()
        used.add(name)
        return name

    col_names = {}
    for i in range(nx):
        run = []
        left = 0
        current = None
        for j in range(ny - 1):
            if i == prim_col_w:
                current = "Hauptstraße"
            elif i == prim_col_e:
                current = "Bahnhofstraße"
            elif left <= 0:
                current = main_name() if i in main_cols else res_name()
                left = rng.randint(4, 9) if i not in main_cols else 99
            left -= 1
            run.append(current)
        col_names[i] = run
    row_names = {}
    for j in range(ny):
        names = {}
        for side in (-1, 1):
            if j == prim_row:
                names[side] = "Brückenstraße" if side < 0 else "Marktstraße"
            else:
                names[side] = main_name() if j in main_rows else res_name()
        run = []
        for i in range(nx - 1):
            mid = 0.5 * (node[(i, j)][0] + node[(i + 1, j)][0])
            run.append(names[river_side(mid, node[(i, j)][1])])
        row_names[j] = run
    bridge_names = ["Alte Brücke", "Mühlenbrücke", "Nordbrücke", "Südbrücke"]

    # One-way pair in the Altstadt: Hauptstraße northbound, "Stadtgraben" southbound.
    oneway_north = {((prim_col_w, prim_row + d), (prim_col_w, prim_row + d + 1)) for d in (-1, 0)}
    oneway_south = {((prim_col_w + 1, prim_row + d), (prim_col_w + 1, prim_row + d + 1))
                    for d in (-1, 0)}

    # Collect candidate edges.
    edges = []          # (a, b, name, highway, oneway, maxspeed, reverse, wiggle)
    for i in range(nx):
        for j in range(ny - 1):
            a, b = (i, j), (i, j + 1)
            name = col_names[i][j]
            if i in (prim_col_w, prim_col_e):
                hw = "primary"
            elif i in main_cols:
                hw = "secondary"
            else:
                hw = "residential"
            ow, rev = None, False
            if (a, b) in oneway_north:
                ow = "yes"
            if (a, b) in oneway_south:
                ow, rev, hw, name = "yes", True, "secondary", "Stadtgraben"
            edges.append([a, b, name, hw, ow, rev, 0.0])
    for j in range(ny):
        for i in range(nx - 1):
            a, b = (i, j), (i + 1, j)
            name = row_names[j][i]
            hw = "primary" if j == prim_row else ("secondary" if j in main_rows else "residential")
            if (a, b) in bridges:
                name = bridge_names[bridge_rows.index(j)]
            edges.append([a, b, name, hw, None, False, 0.0])

    kept = []
    removed_rng = random.Random(rng.random())
    for e in edges:
        a, b, name, hw, ow, rev, wig = e
        if not (alive[a] and alive[b]):
            continue
        key = tuple(sorted((a, b)))
        if key in park_internal:
            e[2], e[3], e[6] = park_internal[key], "path", 9.0
        is_bridge = (a, b) in bridges
        if not is_bridge:
            pa, pb = node[a], node[b]
            if river_side(*pa) != river_side(*pb):
                continue
            L = math.hypot(pb[0] - pa[0], pb[1] - pa[1])
            n = max(2, int(L / 10.0))
            if any(river_distance(pa[0] + (pb[0] - pa[0]) * t / n, pa[1] + (pb[1] - pa[1]) * t / n)
                   < EDGE_RIVER_CLEARANCE for t in range(n + 1)):
                continue
            if hw == "residential" and ow is None and removed_rng.random() < 0.06:
                continue
        kept.append(e)

    net = Network()
    edge_pts = {}
    for a, b, name, hw, ow, rev, wig in kept:
        pts = densify(node[a], node[b], wiggle=wig, phase=0.7)
        edge_pts[(a, b)] = pts
        if rev:
            pts = list(reversed(pts))
        speed = None if hw in ("footway", "path") else (50 if hw in ("primary", "secondary") else 30)
        net.add(pts, name, hw, ow, speed)

    # Park diagonals (footways from the park corners to the park centre).
    for pname, i0, j0 in parks:
        c = node[(i0 + 1, j0 + 1)]
        for corner in ((i0, j0), (i0 + 2, j0), (i0, j0 + 2), (i0 + 2, j0 + 2)):
            net.add(densify(node[corner], c, wiggle=6.0, phase=0.4), pname, "footway")

    # Altstadt: lanes (Gassen) through the blocks near the old town centre, ~100 m grid.
    fp_rng = random.Random(rng.random())
    old_x, old_y = river_x(CY) - 520.0, CY + 60.0
    gassen = GASSEN[:]
    fp_rng.shuffle(gassen)
    lane_names = {}
    old_blocks = set()
    for i in range(nx - 1):
        for j in range(ny - 1):
            if (i, j) in park_blocks:
                continue
            s, n_ = ((i, j), (i + 1, j)), ((i, j + 1), (i + 1, j + 1))
            w, e_ = ((i, j), (i, j + 1)), ((i + 1, j), (i + 1, j + 1))
            if not all(k in edge_pts for k in (s, n_, w, e_)):
                continue
            bx = 0.25 * sum(node[k][0] for k in ((i, j), (i + 1, j), (i, j + 1), (i + 1, j + 1)))
            by = 0.25 * sum(node[k][1] for k in ((i, j), (i + 1, j), (i, j + 1), (i + 1, j + 1)))
            if math.hypot(bx - old_x, by - old_y) > 400.0 or river_distance(bx, by) < 150:
                continue
            if any(len(edge_pts[k]) < 3 for k in (s, n_, w, e_)):
                continue
            old_blocks.add((i, j))
            ms, mn = edge_pts[s][len(edge_pts[s]) // 2], edge_pts[n_][len(edge_pts[n_]) // 2]
            mw, me = edge_pts[w][len(edge_pts[w]) // 2], edge_pts[e_][len(edge_pts[e_]) // 2]
            c = (rnd(0.25 * (ms[0] + mn[0] + mw[0] + me[0])),
                 rnd(0.25 * (ms[1] + mn[1] + mw[1] + me[1])))
            for key, a, b in ((("c", i), ms, mn), (("r", j), mw, me)):
                if key not in lane_names:
                    lane_names[key] = gassen.pop()
                for p0, p1 in ((a, c), (c, b)):
                    net.add(densify(p0, p1), lane_names[key], "residential", None, 30)

    # Footpaths through some ordinary blocks: between the middle vertices of opposite sides.
    for i in range(nx - 1):
        for j in range(ny - 1):
            if (i, j) in park_blocks or (i, j) in old_blocks:
                continue
            s, n_ = ((i, j), (i + 1, j)), ((i, j + 1), (i + 1, j + 1))
            w, e_ = ((i, j), (i, j + 1)), ((i + 1, j), (i + 1, j + 1))
            if not all(k in edge_pts for k in (s, n_, w, e_)):
                continue
            if fp_rng.random() > 0.2:
                continue
            if fp_rng.random() < 0.5:
                p0, p1 = edge_pts[s], edge_pts[n_]
            else:
                p0, p1 = edge_pts[w], edge_pts[e_]
            if len(p0) < 3 or len(p1) < 3:
                continue
            a = p0[len(p0) // 2]
            b = p1[len(p1) // 2]
            net.add(densify(a, b), None, "footway" if fp_rng.random() < 0.7 else "path")

    # Split every feature at interior vertices that are end points of other features.
    junctions = set()
    for f in net.features:
        junctions.add(f["pts"][0])
        junctions.add(f["pts"][-1])
    split = []
    for f in net.features:
        pts = f["pts"]
        cur = [pts[0]]
        for idx in range(1, len(pts)):
            cur.append(pts[idx])
            if idx < len(pts) - 1 and pts[idx] in junctions:
                split.append(dict(f, pts=cur))
                cur = [pts[idx]]
        split.append(dict(f, pts=cur))

    # Keep the largest connected component (removing streets may isolate a few).
    parent = {}

    def find(p):
        parent.setdefault(p, p)
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for f in split:
        for p in f["pts"][1:]:
            ra, rb = find(f["pts"][0]), find(p)
            if ra != rb:
                parent[ra] = rb
    size = {}
    for f in split:
        r = find(f["pts"][0])
        size[r] = size.get(r, 0) + len(f["pts"]) - 1
    biggest = max(size, key=lambda r: (size[r], r))
    streets = [f for f in split if find(f["pts"][0]) == biggest]

    park_polys = []
    for pname, i0, j0 in parks:
        ring = [node[(i0, j0)], node[(i0 + 2, j0)], node[(i0 + 2, j0 + 2)], node[(i0, j0 + 2)]]
        park_polys.append((pname, QgsGeometry.fromPolygonXY(
            [[QgsPointXY(*p) for p in ring + ring[:1]]]).buffer(-12.0, 4)))
    info = dict(bridges=[bridge_names[k] for k in range(len(bridge_rows))], parks=park_polys)
    return streets, info


def check_streets(streets):
    """Streets may only touch at feature end points (shared vertices)."""
    geoms = []
    index = QgsSpatialIndex()
    for k, f in enumerate(streets):
        g = QgsGeometry.fromPolylineXY([QgsPointXY(*p) for p in f["pts"]])
        geoms.append(g)
        feat = QgsFeature(k)
        feat.setGeometry(g)
        index.addFeature(feat)
    for k, g in enumerate(geoms):
        ends_k = {streets[k]["pts"][0], streets[k]["pts"][-1]}
        for m in index.intersects(g.boundingBox()):
            if m <= k or not g.intersects(geoms[m]):
                continue
            ends_m = {streets[m]["pts"][0], streets[m]["pts"][-1]}
            inter = g.intersection(geoms[m])
            for v in inter.vertices():
                p = (rnd(v.x()), rnd(v.y()))
                if p not in ends_k or p not in ends_m:
                    raise TownError("streets %d and %d cross without a shared end vertex at %s"
                                    % (k, m, p))
    return geoms


# ---------------------------------------------------------------------------
# Statistical areas
# ---------------------------------------------------------------------------

def build_areas(rng, boundary):
    # Split the town at the river centreline; areas never straddle the river.
    ext = 4000.0
    line = river_centreline(CY - RX_B - ext, CY + RX_B + ext)
    west_half = QgsGeometry.fromPolygonXY([line + [QgsPointXY(CX - RX_A - ext, CY + RX_B + ext),
                                                   QgsPointXY(CX - RX_A - ext, CY - RX_B - ext),
                                                   line[0]]])
    west = boundary.intersection(west_half)
    east = boundary.difference(west)
    banks = {-1: west, 1: east}

    seeds = {-1: [], 1: []}
    step = 650.0
    row = 0
    y = CY - RX_B - 200
    while y < CY + RX_B + 200:
        x = CX - RX_A - 200 + (step / 2 if row % 2 else 0.0)
        while x < CX + RX_A + 200:
            sx = x + rng.uniform(-150, 150)
            sy = y + rng.uniform(-130, 130)
            if inside_boundary(sx, sy, margin=170.0) and river_distance(sx, sy) > 130:
                seeds[river_side(sx, sy)].append(QgsPointXY(rnd(sx), rnd(sy)))
            x += step
        y += step * 0.87
        row += 1

    cells = []          # [geometry, seed, bank]
    frame = QgsGeometry.fromRect(QgsRectangle(CX - 10000, CY - 10000, CX + 10000, CY + 10000))
    for side in (-1, 1):
        vor = QgsGeometry.fromMultiPointXY(seeds[side]).voronoiDiagram(frame)
        polys = [QgsGeometry(p) for p in vor.asGeometryCollection()]
        for s in seeds[side]:
            sg = QgsGeometry.fromPointXY(s)
            cell = next((p for p in polys if p.contains(sg)), None)
            if cell is None:
                raise TownError("no Voronoi cell for a seed")
            cells.append([cell.intersection(banks[side]), s, side])

    # Multi-part cells: hand the small parts to the neighbour with the longest shared edge.
    for k, c in enumerate(cells):
        g = c[0]
        if not g.isMultipart():
            continue
        parts = [QgsGeometry(p) for p in g.asGeometryCollection()]
        parts.sort(key=lambda p: -p.area())
        c[0] = parts[0]
        for p in parts[1:]:
            best = max((m for m in range(len(cells)) if m != k),
                       key=lambda m: p.intersection(cells[m][0]).length()
                       if p.intersects(cells[m][0]) else 0.0)
            cells[best][0] = cells[best][0].combine(p)
    out = []
    for g, s, side in cells:
        if g.isMultipart():
            parts = g.asGeometryCollection()
            if len(parts) != 1:
                raise TownError("an area is still multi-part")
            g = QgsGeometry(parts[0])
        if not g.isGeosValid() or g.area() < 1000:
            raise TownError("invalid or empty area polygon")
        out.append(dict(geom=g, seed=s, bank=side))

    # Order: north to south in bands, west to east within a band.
    for a in out:
        c = a["geom"].centroid().asPoint()
        a["cx"], a["cy"] = c.x(), c.y()
    out.sort(key=lambda a: (-int((a["cy"] - (CY - RX_B)) // 600), a["cx"]))
    for k, a in enumerate(out):
        a["area_id"] = "NF-%02d" % (k + 1)

    # Adjacency (shared edge longer than 1 m).
    n = len(out)
    for a in out:
        a["nb"] = []
    for k in range(n):
        for m in range(k + 1, n):
            gk, gm = out[k]["geom"], out[m]["geom"]
            if not gk.boundingBox().buffered(1).intersects(gm.boundingBox()):
                continue
            if gk.intersection(gm).length() > 1.0:
                out[k]["nb"].append(m)
                out[m]["nb"].append(k)

    # Coverage check: no gaps, no overlaps.
    total = sum(a["geom"].area() for a in out)
    union = QgsGeometry.unaryUnion([a["geom"] for a in out])
    if abs(total - boundary.area()) > 1.0 or abs(union.area() - boundary.area()) > 1.0:
        raise TownError("areas do not tile the town (sum %.1f, union %.1f, town %.1f)"
                        % (total, union.area(), boundary.area()))
    return out


def nearest(areas, x, y, cond=lambda k: True):
    return min((k for k in range(len(areas)) if cond(k)),
               key=lambda k: math.hypot(areas[k]["cx"] - x, areas[k]["cy"] - y))


def assign_roles(areas):
    n = len(areas)
    role = ["normal"] * n
    east = lambda k: areas[k]["bank"] > 0  # noqa: E731
    west = lambda k: areas[k]["bank"] < 0  # noqa: E731

    def touches_boundary(k):
        return areas[k]["geom"].boundingBox().xMaximum() > CX + RX_A * 0.80

    ind = nearest(areas, 652500, 5479500, lambda k: east(k) and touches_boundary(k))
    role[ind] = "industrial"
    ccx, ccy = 651150.0, 5479350.0
    start = nearest(areas, ccx, ccy, lambda k: east(k) and role[k] == "normal")
    cluster = [start]
    while len(cluster) < 7:
        cand = {m for k in cluster for m in areas[k]["nb"]
                if east(m) and role[m] == "normal" and m not in cluster}
        m = min(cand, key=lambda m: (math.hypot(areas[m]["cx"] - ccx, areas[m]["cy"] - ccy), m))
        cluster.append(m)
    for k in cluster:
        role[k] = "cluster"
    nbs = sorted({m for k in cluster for m in areas[k]["nb"] if role[m] == "normal"},
                 key=lambda m: (math.hypot(areas[m]["cx"] - ccx, areas[m]["cy"] - ccy), m))
    nbs_east = [m for m in nbs if east(m)]
    worsening = nbs_east[:3]
    for k in worsening:
        role[k] = "worsening"
    wealthy = nearest(areas, 647700, 5481100, west)
    role[wealthy] = "wealthy"
    wealthy2 = min((m for m in areas[wealthy]["nb"] if west(m) and role[m] == "normal"),
                   key=lambda m: (math.hypot(areas[m]["cx"] - 647700, areas[m]["cy"] - 5481100), m))
    role[wealthy2] = "wealthy"
    centre = nearest(areas, river_x(CY) - 500, CY, lambda k: west(k) and role[k] == "normal")
    role[centre] = "centre"
    station = nearest(areas, river_x(CY) + 900, CY + 600, lambda k: east(k) and role[k] == "normal")
    role[station] = "station"

    # Programme area: the cluster without its two outermost members, plus one low-need area.
    far = sorted(cluster, key=lambda k: (-math.hypot(areas[k]["cx"] - river_x(areas[k]["cy"]),
                                                     0.0), k))
    missed = None
    for a_ in far:
        for b_ in far:
            if a_ >= b_:
                continue
            rest = [k for k in cluster if k not in (a_, b_)]
            u = QgsGeometry.unaryUnion([areas[k]["geom"] for k in rest])
            if not u.isMultipart() or len(u.asGeometryCollection()) == 1:
                missed = (a_, b_)
                break
        if missed:
            break
    if missed is None:
        raise TownError("cannot choose a connected programme area")
    covered = [k for k in cluster if k not in missed]
    low = min({m for k in covered for m in areas[k]["nb"] if role[m] == "normal" and east(m)},
              key=lambda m: (math.hypot(areas[m]["cx"] - river_x(areas[m]["cy"]), 0), m))
    role[low] = "lowneed"
    for k in range(n):
        areas[k]["role"] = role[k]
    return dict(industrial=ind, cluster=cluster, worsening=worsening, wealthy=[wealthy, wealthy2],
                centre=centre, station=station, programme=covered + [low], missed=list(missed),
                lowneed=low)


def name_areas(rng, areas, roles):
    names = [None] * len(areas)
    names[roles["industrial"]] = INDUSTRIAL_NAME
    names[roles["centre"]] = CENTRE_NAME
    names[roles["station"]] = STATION_NAME
    names[roles["lowneed"]] = LOW_NEED_PROGRAMME_NAME
    for k, nm in zip(roles["cluster"], CLUSTER_NAMES):
        names[k] = nm
    for k, nm in zip(roles["worsening"], WORSENING_NAMES):
        names[k] = nm
    for k, nm in zip(roles["wealthy"], WEALTHY_NAMES):
        names[k] = nm
    for nm, (dx, dy) in GENERIC_QUARTERS:
        free = [k for k in range(len(areas)) if names[k] is None]
        if not free:
            break
        k = nearest(areas, CX + dx, CY + dy, lambda k: names[k] is None)
        names[k] = nm
    if any(n is None for n in names):
        raise TownError("not enough quarter names")
    for k, a in enumerate(areas):
        a["name"] = names[k]


def clamp(v, lo, hi):
    return max(lo, min(hi, v))


def make_indicators(rng, areas, roles):
    for k, a in enumerate(areas):
        role = a["role"]
        d_centre = math.hypot(a["cx"] - CX, a["cy"] - CY)
        lat = rng.gauss(0.0, 0.36) + (0.08 if a["bank"] > 0 else -0.08)
        dyn = rng.gauss(0.0, 0.35)
        dens = 1800.0 + 7200.0 * math.exp(-d_centre / 1500.0)
        if role == "cluster":
            lat = 2.35 + rng.uniform(0.0, 0.55)
            dyn = rng.uniform(0.2, 0.9)
            dens *= 1.45
        elif role == "worsening":
            lat = (1.45 if k == roles["worsening"][0] else 0.75) + rng.uniform(0.0, 0.35)
            dyn = 2.1 + rng.uniform(0.0, 0.4)
        elif role == "wealthy":
            lat = -1.55 + rng.uniform(-0.1, 0.1)
            dyn = rng.uniform(-0.4, 0.0)
            dens *= 0.45
        elif role == "centre":
            lat = 0.2
            dyn = -1.3
        elif role == "station":
            lat = 1.7
            dyn = 0.4
        elif role == "lowneed":
            lat = -0.85
            dyn = -0.3
        elif role == "industrial":
            lat = 1.0
            dyn = 0.0
        a["lat"], a["dyn"] = lat, dyn
        km2 = a["geom"].area() / 1e6
        inh = int(round(km2 * dens / 10.0)) * 10 + rng.randint(0, 9)
        if role == "industrial":
            inh = 187
        a["inhabitants"] = inh
        u18 = clamp(0.165 + 0.025 * lat + rng.gauss(0, 0.01), 0.11, 0.26)
        if role == "wealthy":
            u18 = 0.15
        u6 = u18 * clamp(0.37 + 0.02 * lat + rng.gauss(0, 0.02), 0.28, 0.45)
        o65 = clamp(0.215 - 0.035 * lat + rng.gauss(0, 0.02), 0.10, 0.32)
        if role == "wealthy":
            o65 = 0.29
        a["pop_u18"] = int(round(inh * u18))
        a["pop_u6"] = int(round(inh * u6))
        a["pop_65plus"] = int(round(inh * o65))

        def ind(base, slope, sd, lo, hi):
            v = base + slope * lat + rng.gauss(0, sd)
            return round(clamp(v, lo + rng.uniform(0.1, 0.6), hi - rng.uniform(0.1, 0.6)), 1)

        a["s1"] = ind(6.0, 2.8, 0.45, 2.0, 15.0)
        a["s3"] = ind(10.0, 4.9, 0.8, 3.0, 25.0)
        a["s4"] = ind(20.0, 9.8, 1.6, 5.0, 50.0)

        def dind(scale, sd):
            return round(clamp(scale * dyn + rng.gauss(0, sd), -2.0 + rng.uniform(0, 0.3),
                               3.0 - rng.uniform(0, 0.3)), 1)

        a["d1"] = dind(0.85, 0.25)
        a["d3"] = dind(1.05, 0.3)
        a["d4"] = dind(1.2, 0.35)
        a["share_single_parent"] = round(clamp(19.0 + 7.5 * lat + rng.gauss(0, 2.0), 8.0, 45.0), 1)
        a["share_migrant"] = round(clamp(24.0 + 11.0 * lat + rng.gauss(0, 4.0), 6.0, 65.0), 1)


def mss_check(areas, nudge=False):
    """Berlin MSS on the demo data: the intended picture, and no value near a class border.

    Returns {area_id: (SI, DI)} for areas with at least 300 inhabitants.
    """
    inc = [a for a in areas if a["inhabitants"] >= 300]

    def z(vals):
        m = sum(vals) / len(vals)
        sd = math.sqrt(sum((v - m) ** 2 for v in vals) / len(vals))    # population sd
        return [(v - m) / sd for v in vals]

    def index(keys):
        zs = [z([a[k] for a in inc]) for k in keys]
        return z([sum(t) for t in zip(*zs)])

    si, di = index(("s1", "s3", "s4")), index(("d1", "d3", "d4"))
    out = {a["area_id"]: (s, d) for a, s, d in zip(inc, si, di)}
    close = []
    for a, s, d in zip(inc, si, di):
        for cut in (-1.0, 1.0, 1.5):
            if abs(s - cut) < 0.05:
                close.append((a, ("s1", "s3", "s4"), 1 if s > cut else -1))
        for cut in (-1.0, 1.0):
            if abs(d - cut) < 0.05:
                close.append((a, ("d1", "d3", "d4"), 1 if d > cut else -1))
    if close:
        if not nudge:
            raise TownError("index of %s is too close to an MSS class border" % close[0][0]["area_id"])
        for a, keys, sign in close:      # move the values away from the border and retry
            for k, step in zip(keys, (0.1, 0.2, 0.4) if keys[0] == "s1" else (0.1, 0.1, 0.1)):
                a[k] = round(a[k] + sign * step, 1)
        return None
    for a, s, d in zip(inc, si, di):
        if a["role"] == "cluster" and s <= 1.5:
            raise TownError("deprived area %s has status index %.2f <= 1.5" % (a["area_id"], s))
        if a["role"] == "worsening" and d <= 1.0:
            raise TownError("area %s should have negative dynamics (DI %.2f)" % (a["area_id"], d))
        if a["role"] in ("wealthy", "lowneed") and s >= -1.0:
            raise TownError("area %s should have high status (SI %.2f)" % (a["area_id"], s))
    return out


# ---------------------------------------------------------------------------
# Points along streets
# ---------------------------------------------------------------------------

def street_side_positions(rng, streets, offset_range, kinds=("primary", "secondary", "residential")):
    """Candidate building positions beside street segments: (x, y, street_index, side)."""
    out = []
    for fi, f in enumerate(streets):
        if f["highway"] not in kinds or f["name"] in ("Alte Brücke", "Mühlenbrücke", "Nordbrücke",
                                                      "Südbrücke"):
            continue
        pts = f["pts"]
        for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:]):
            L = math.hypot(x1 - x0, y1 - y0)
            if L < 20:
                continue
            nx, ny = -(y1 - y0) / L, (x1 - x0) / L
            t = rng.uniform(0.3, 0.7)
            mx, my = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
            for side in (1, -1):
                off = rng.uniform(*offset_range)
                out.append((rnd(mx + side * off * nx), rnd(my + side * off * ny), fi, side))
    return out


def street_starts(streets):
    """Per street name: orientation and the coordinate where its numbering starts."""
    starts = {}
    for f in streets:
        if not f["name"]:
            continue
        p0, p1 = f["pts"][0], f["pts"][-1]
        vertical = abs(p1[1] - p0[1]) > abs(p1[0] - p0[0])
        c = min(p0[1], p1[1]) if vertical else min(p0[0], p1[0])
        v, old = starts.get(f["name"], (vertical, c))
        starts[f["name"]] = (v, min(old, c))
    return starts


def house_number(x, y, street, side, starts):
    """Odd numbers on one side, even on the other, counting from the street's start."""
    vertical, c0 = starts[street["name"]]
    along = (y if vertical else x) - c0
    return max(0, int(along // 24)) * 2 + (1 if side > 0 else 2)


class AreaLocator:
    def __init__(self, areas):
        self.areas = areas
        self.index = QgsSpatialIndex()
        self.engines = []
        for k, a in enumerate(areas):
            f = QgsFeature(k)
            f.setGeometry(a["geom"])
            self.index.addFeature(f)
            eng = QgsGeometry.createGeometryEngine(a["geom"].constGet())
            eng.prepareGeometry()
            self.engines.append(eng)

    def locate(self, x, y):
        pt = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        for k in self.index.intersects(QgsRectangle(x - 0.01, y - 0.01, x + 0.01, y + 0.01)):
            if self.engines[k].contains(pt.constGet()):
                return k
        return None


def positions_by_area(positions, locator, parks, min_river=30.0):
    park_engines = []
    for _, g in parks:
        e = QgsGeometry.createGeometryEngine(g.constGet())
        e.prepareGeometry()
        park_engines.append(e)
    by_area = {}
    for p in positions:
        x, y = p[0], p[1]
        if river_distance(x, y) < min_river:
            continue
        pt = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        if any(e.contains(pt.constGet()) for e in park_engines):
            continue
        k = locator.locate(x, y)
        if k is None:
            continue
        by_area.setdefault(k, []).append(p)
    return by_area


def largest_remainder(total, weights):
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(math.floor(r)) for r in raw]
    rest = total - sum(base)
    order = sorted(range(len(weights)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def make_residents(rng, areas, by_area):
    total_inh = sum(a["inhabitants"] for a in areas)
    residents = []
    for k, a in enumerate(areas):
        cand = sorted(by_area.get(k, []))
        n = max(3, int(round(N_RESIDENT_POINTS * a["inhabitants"] / total_inh)))
        n = min(n, len(cand), a["inhabitants"])
        if n < 1:
            raise TownError("area %s has no building positions" % a["area_id"])
        chosen = rng.sample(cand, n)
        chosen.sort()
        weights = [math.exp(rng.gauss(0.0, 0.6)) for _ in chosen]
        inh = [1 + v for v in largest_remainder(a["inhabitants"] - n, weights)]
        # Draw the under-18s and the over-65s from the persons without replacement.
        persons = [i for i, c in enumerate(inh) for _ in range(c)]
        pick = rng.sample(range(len(persons)), a["pop_u18"] + a["pop_65plus"])
        u18 = [0] * n
        o65 = [0] * n
        for r, pi in enumerate(pick):
            if r < a["pop_u18"]:
                u18[persons[pi]] += 1
            else:
                o65[persons[pi]] += 1
        for i, p in enumerate(chosen):
            residents.append(dict(x=p[0], y=p[1], inhabitants=inh[i], age_u18=u18[i],
                                  age_65plus=o65[i], area_id=a["area_id"]))
        if sum(inh) != a["inhabitants"] or sum(u18) != a["pop_u18"] or sum(o65) != a["pop_65plus"]:
            raise TownError("resident allocation does not add up in %s" % a["area_id"])
    return residents


def make_facilities(rng, areas, roles, streets, by_area):
    starts = street_starts(streets)
    kinds = (["kita"] * 34 + ["youth_centre"] * 12 + ["senior_centre"] * 12
             + ["family_centre"] * 8 + ["counselling"] * 14)
    cluster = set(roles["cluster"])
    ind = roles["industrial"]
    # Fixed: only two facilities in the deprived cluster (the gap to find).
    in_cluster = {("kita", roles["cluster"][0]), ("counselling", roles["cluster"][3])}
    weights = []
    for k, a in enumerate(areas):
        w = a["inhabitants"] ** 0.8
        if k in cluster or k == ind:
            w = 0.0
        if a["role"] == "centre":
            w *= 2.5
        weights.append(w)
    kita_names = KITA_NAMES[:]
    rng.shuffle(kita_names)
    counsel = COUNSELLING_SERVICES[:]
    used_names, used_pos = set(), set()
    facilities = []
    forced = sorted(in_cluster)
    for fi, kind in enumerate(kinds):
        forced_here = next((f for f in forced if f[0] == kind), None)
        if forced_here:
            forced.remove(forced_here)
            k = forced_here[1]
        elif kind == "counselling" and rng.random() < 0.6:
            k = roles["centre"] if rng.random() < 0.6 else roles["station"]
        else:
            k = rng.choices(range(len(areas)), weights=weights)[0]
        cand = [p for p in sorted(by_area.get(k, [])) if (p[0], p[1]) not in used_pos]
        x, y, si, side = rng.choice(cand)
        used_pos.add((x, y))
        q = areas[k]["name"]
        org = "quarter"
        if kind == "kita":
            name = "Kita " + kita_names.pop()
            target, cap = "children", rng.choice(range(30, 125, 5))
        elif kind == "youth_centre":
            r = rng.random()
            if r < 0.15:
                name, org = "Mobile Jugendarbeit " + q, "mobile"
            elif r < 0.25:
                name, org = "Streetwork " + q, "outreach"
            else:
                name = rng.choice(["Jugendtreff ", "Jugendzentrum ", "Offene Tür "]) + q
            target, cap = "youth", rng.choice(range(25, 85, 5))
        elif kind == "senior_centre":
            name = rng.choice(["Seniorentreff ", "Begegnungsstätte ", "Seniorenbüro "]) + q
            org = "central" if areas[k]["role"] == "centre" else "quarter"
            target, cap = "seniors", rng.choice(range(30, 125, 5))
        elif kind == "family_centre":
            name = rng.choice(["Familienzentrum ", "Eltern-Kind-Zentrum "]) + q
            target, cap = "families", rng.choice(range(20, 65, 5))
        else:
            service, org = counsel.pop(rng.randrange(len(counsel)))
            name = service + (" " + q if org == "quarter" else "")
            target, cap = "all", rng.choice(range(15, 65, 5))
        base = name
        n2 = 2
        while name in used_names:
            name = "%s %s" % (base, ["II", "III", "IV"][n2 - 2])
            n2 += 1
        used_names.add(name)
        st = streets[si]
        addr = "%s %d" % (st["name"], house_number(x, y, st, side, starts))
        facilities.append(dict(x=x, y=y, facility_id="F%03d" % (fi + 1), kind=kind, name=name,
                               provider=rng.choice(PROVIDERS[kind]), capacity=cap,
                               capacity_text=str(cap), target_group=target, org_form=org,
                               address=addr, area=k))
    # Real municipal data: a few missing values and one approximate one.
    messy = rng.sample(range(len(facilities)), 4)
    for i in messy[:3]:
        facilities[i]["capacity_text"] = ""
    facilities[messy[3]]["capacity"] = 40
    facilities[messy[3]]["capacity_text"] = "ca. 40"
    return facilities


def make_candidates(rng, areas, roles, streets, by_area, taken):
    starts = street_starts(streets)
    cluster = roles["cluster"]
    per_area = []
    for k in cluster + cluster[:1]:          # 8 sites in the deprived cluster
        per_area.append(k)
    others = [k for k in range(len(areas)) if k not in cluster]
    rng.shuffle(others)
    per_area += others[:32]
    schools = ["Ehem. Grundschule ", "Schulpavillon ", "Alte Hauptschule "]
    halls = ["Gemeindehaus St. Marien", "Gemeindehaus St. Johannes", "Ev. Gemeindehaus ",
             "Pfarrsaal St. Josef", "Gemeindehaus Christuskirche"]
    cands = []
    used_names = set()
    for n, k in enumerate(per_area):
        cand = [p for p in sorted(by_area.get(k, [])) if (p[0], p[1]) not in taken]
        x, y, si, side = rng.choice(cand)
        taken.add((x, y))
        st = streets[si]
        nr = house_number(x, y, st, side, starts)
        kind = rng.choice(CANDIDATE_KINDS)
        q = areas[k]["name"]
        if kind == "vacant shop":
            name = "Leerstand %s %d" % (st["name"], nr)
        elif kind == "school building":
            name = rng.choice(schools) + q
        elif kind == "community room":
            name = "Gemeinschaftsraum Wohnanlage %s" % st["name"]
        elif kind == "church hall":
            h = rng.choice(halls)
            name = h + q if h.endswith(" ") else h
        elif kind == "former bank branch":
            name = "Ehem. Sparkassenfiliale %s" % st["name"]
        elif kind == "housing company ground floor":
            name = "Erdgeschoss Wohnungsbau %s %d" % (st["name"], nr)
        else:
            name = "Altes Ortsamt " + q
        base, i = name, 2
        while name in used_names:
            name = "%s (%d)" % (base, i)
            i += 1
        used_names.add(name)
        cands.append(dict(x=x, y=y, site_id="S%02d" % (n + 1), name=name, kind_of_site=kind))
    return cands


def check_near_streets(points, street_geoms, label, max_dist=30.0):
    index = QgsSpatialIndex()
    for k, g in enumerate(street_geoms):
        f = QgsFeature(k)
        f.setGeometry(g)
        index.addFeature(f)
    for p in points:
        pt = QgsGeometry.fromPointXY(QgsPointXY(p["x"], p["y"]))
        near = index.nearestNeighbor(QgsPointXY(p["x"], p["y"]), 3)
        d = min(street_geoms[k].distance(pt) for k in near)
        if d > max_dist:
            raise TownError("%s point at (%.1f, %.1f) is %.1f m from the nearest street"
                            % (label, p["x"], p["y"], d))


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

FIELD_TYPES = {int: QVariant.Int, float: QVariant.Double, str: QVariant.String}


def write_layer(path, layer_name, geom_type, field_specs, rows, first):
    fields = QgsFields()
    for name, typ in field_specs:
        fld = QgsField(name, FIELD_TYPES[typ])
        fields.append(fld)
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = layer_name
    opts.fileEncoding = "UTF-8"
    opts.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteFile if first
                                 else QgsVectorFileWriter.CreateOrOverwriteLayer)
    writer = QgsVectorFileWriter.create(path, fields, geom_type,
                                        QgsCoordinateReferenceSystem(CRS),
                                        QgsCoordinateTransformContext(), opts)
    if writer.hasError() != QgsVectorFileWriter.NoError:
        raise TownError("cannot write layer %s: %s" % (layer_name, writer.errorMessage()))
    for geom, attrs in rows:
        f = QgsFeature(fields)
        f.setGeometry(geom)
        f.setAttributes([attrs.get(name) for name, _ in field_specs])
        if not writer.addFeature(f):
            raise TownError("cannot write a feature to %s: %s" % (layer_name, writer.errorMessage()))
    del writer


def point_geom(p):
    return QgsGeometry.fromPointXY(QgsPointXY(p["x"], p["y"]))


# ---------------------------------------------------------------------------

def generate(out_path):
    t0 = time.time()
    master = random.Random(20240611)
    rng_streets = random.Random(master.random())
    rng_areas = random.Random(master.random())
    rng_ind = random.Random(master.random())
    rng_res = random.Random(master.random())
    rng_fac = random.Random(master.random())
    rng_cand = random.Random(master.random())

    boundary = boundary_geometry()
    streets, sinfo = build_streets(rng_streets)
    street_geoms = check_streets(streets)

    areas = build_areas(rng_areas, boundary)
    roles = assign_roles(areas)
    name_areas(rng_areas, areas, roles)
    make_indicators(rng_ind, areas, roles)
    for _ in range(40):
        if mss_check(areas, nudge=True) is not None:
            break
    mss_check(areas)

    locator = AreaLocator(areas)
    res_pos = positions_by_area(street_side_positions(rng_res, streets, (15.0, 24.0)),
                                locator, sinfo["parks"])
    residents = make_residents(rng_res, areas, res_pos)
    site_pos = positions_by_area(street_side_positions(rng_fac, streets, (9.0, 14.0)),
                                 locator, sinfo["parks"])
    facilities = make_facilities(rng_fac, areas, roles, streets, site_pos)
    taken = {(f["x"], f["y"]) for f in facilities}
    candidates = make_candidates(rng_cand, areas, roles, streets, site_pos, taken)
    check_near_streets(facilities, street_geoms, "facility")
    check_near_streets(candidates, street_geoms, "candidate")

    # Programme area: union of the chosen areas, drawn a little inside their edges.
    prog = QgsGeometry.unaryUnion([areas[k]["geom"] for k in roles["programme"]])
    prog = prog.buffer(-12.0, 2, QgsGeometry.CapFlat, QgsGeometry.JoinStyleMiter, 2.0)
    if prog.isMultipart():
        parts = prog.asGeometryCollection()
        if len(parts) != 1:
            raise TownError("programme area is not one polygon")
        prog = QgsGeometry(parts[0])
    prog = QgsGeometry.fromPolygonXY([[QgsPointXY(rnd(p.x()), rnd(p.y())) for p in ring]
                                      for ring in prog.asPolygon()])

    river_line = river_centreline(CY - RX_B - 600, CY + RX_B + 600, step=10.0)
    river = QgsGeometry.fromPolylineXY(river_line).buffer(RIVER_HALF_WIDTH, 8)
    river = river.intersection(QgsGeometry.fromRect(boundary.boundingBox().buffered(400)))
    river = QgsGeometry.fromPolygonXY([[QgsPointXY(rnd(p.x()), rnd(p.y())) for p in ring]
                                       for ring in river.asPolygon()])

    # Write.
    tmp = out_path + ".tmp.gpkg"
    if os.path.exists(tmp):
        os.remove(tmp)
    area_fields = [("area_id", str), ("name", str), ("inhabitants", int), ("pop_u6", int),
                   ("pop_u18", int), ("pop_65plus", int), ("s1", float), ("s3", float),
                   ("s4", float), ("d1", float), ("d3", float), ("d4", float),
                   ("share_single_parent", float), ("share_migrant", float)]
    write_layer(tmp, "boundary", QgsWkbTypes.Polygon, [("name", str)],
                [(boundary, {"name": TOWN})], True)
    write_layer(tmp, "river", QgsWkbTypes.Polygon, [("name", str)],
                [(river, {"name": "Fluss"})], False)
    write_layer(tmp, "areas", QgsWkbTypes.Polygon, area_fields,
                [(a["geom"], a) for a in areas], False)
    street_rows = []
    for k, f in enumerate(streets):
        g = street_geoms[k]
        street_rows.append((g, dict(street_id=k + 1, name=f["name"], highway=f["highway"],
                                    oneway=f["oneway"], maxspeed=f["maxspeed"])))
    write_layer(tmp, "streets", QgsWkbTypes.LineString,
                [("street_id", int), ("name", str), ("highway", str), ("oneway", str),
                 ("maxspeed", int)], street_rows, False)
    write_layer(tmp, "facilities", QgsWkbTypes.Point,
                [("facility_id", str), ("kind", str), ("name", str), ("provider", str),
                 ("capacity", int), ("capacity_text", str), ("target_group", str),
                 ("org_form", str), ("address", str)],
                [(point_geom(f), f) for f in facilities], False)
    write_layer(tmp, "candidates", QgsWkbTypes.Point,
                [("site_id", str), ("name", str), ("kind_of_site", str)],
                [(point_geom(c), c) for c in candidates], False)
    write_layer(tmp, "residents", QgsWkbTypes.Point,
                [("inhabitants", int), ("age_u18", int), ("age_65plus", int), ("area_id", str)],
                [(point_geom(r), r) for r in residents], False)
    write_layer(tmp, "programme_area", QgsWkbTypes.Polygon,
                [("programme", str), ("since", int)],
                [(prog, {"programme": "Soziale Stadt Ostufer", "since": 2016})], False)
    os.replace(tmp, out_path)

    # Read back and summarize.
    n_segments = sum(len(f["pts"]) - 1 for f in streets)
    counts = {}
    for lname in ("streets", "areas", "facilities", "candidates", "residents", "programme_area",
                  "boundary", "river"):
        lyr = QgsVectorLayer("%s|layername=%s" % (out_path, lname), lname, "ogr")
        if not lyr.isValid():
            raise TownError("layer %s cannot be read back" % lname)
        counts[lname] = lyr.featureCount()
    summary = {
        "streets": "%d features, %d vertex-to-vertex segments, %.1f km; bridges: %s; "
                   "one-way features: %d"
                   % (counts["streets"], n_segments,
                      sum(g.length() for g in street_geoms) / 1000.0, ", ".join(sinfo["bridges"]),
                      sum(1 for f in streets if f["oneway"] == "yes")),
        "areas": "%d features, %d inhabitants; deprived cluster: %s; worsening: %s; "
                 "wealthy: %s; industrial estate (< 300 inh.): %s"
                 % (counts["areas"], sum(a["inhabitants"] for a in areas),
                    ", ".join(sorted(areas[k]["area_id"] for k in roles["cluster"])),
                    ", ".join(sorted(areas[k]["area_id"] for k in roles["worsening"])),
                    ", ".join(sorted(areas[k]["area_id"] for k in roles["wealthy"])),
                    areas[roles["industrial"]]["area_id"]),
        "facilities": "%d features (%s); %d in the deprived cluster"
                      % (counts["facilities"],
                         ", ".join("%s %d" % (kd, sum(1 for f in facilities if f["kind"] == kd))
                                   for kd in ("kita", "youth_centre", "senior_centre",
                                              "family_centre", "counselling")),
                         sum(1 for f in facilities if f["area"] in roles["cluster"])),
        "candidates": "%d features" % counts["candidates"],
        "residents": "%d features, %d inhabitants" % (counts["residents"],
                                                      sum(r["inhabitants"] for r in residents)),
        "programme_area": "%d feature (covers %s; misses cluster areas %s; low-need area %s)"
                          % (counts["programme_area"],
                             ", ".join(sorted(areas[k]["area_id"] for k in roles["programme"])),
                             ", ".join(sorted(areas[k]["area_id"] for k in roles["missed"])),
                             areas[roles["lowneed"]]["area_id"]),
        "boundary": "%d feature, %.2f km²" % (counts["boundary"], boundary.area() / 1e6),
        "river": "%d feature" % counts["river"],
    }
    print("%s -> %s (EPSG:25832, %.1f s)" % (TOWN, out_path, time.time() - t0))
    for lname, text in summary.items():
        print("  %-15s %s" % (lname, text))


def main(argv):
    if len(argv) != 2 or argv[1].startswith("-"):
        print("usage: make_town.py OUTPUT.gpkg", file=sys.stderr)
        return 2
    out_path = os.path.abspath(argv[1])
    try:
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
    except OSError as e:
        print("make_town: error: cannot create the output folder: %s" % e, file=sys.stderr)
        return 1
    profile = tempfile.mkdtemp(prefix="sozialraum-town-")
    app = QgsApplication([], False, profile)
    QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
    app.initQgis()
    rc = 0
    try:
        generate(out_path)
    except TownError as e:
        print("make_town: error: %s" % e, file=sys.stderr)
        rc = 1
    except Exception as e:  # noqa: BLE001 - report everything as a failure
        import traceback
        traceback.print_exc()
        print("make_town: error: %s" % e, file=sys.stderr)
        rc = 1
    finally:
        if rc and os.path.exists(out_path + ".tmp.gpkg") and os.path.isfile(out_path + ".tmp.gpkg"):
            os.remove(out_path + ".tmp.gpkg")
        app.exitQgis()
        import shutil
        shutil.rmtree(profile, ignore_errors=True)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv))
