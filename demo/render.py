#!/usr/bin/python3
"""Render vector layers to a PNG map with QGIS's own map renderer.

Command line (run with Debian's /usr/bin/python3 and PyQGIS):

  /usr/bin/python3 demo/render.py --out map.png --title "Title" [--subtitle TEXT]
      --layer 'town.gpkg|layername=facilities' --style simple:fill=#1f78b4,size=2.2
      --layer 'town.gpkg|layername=streets'    --style simple:line=#888888,width=0.25
      --layer 'town.gpkg|layername=areas'      --style graduated:s3:YlOrRd
      [--extent-layer 'town.gpkg|layername=boundary' | --extent XMIN,YMIN,XMAX,YMAX]
      [--size 1600x1200] [--crs EPSG:25832] [--footer TEXT] [--no-legend]

Layer order: layers are drawn in the order given with the FIRST layer ON TOP,
as in QGIS's layer panel (list the points first, the background polygons last).

After each --layer these may follow (each at most once):
  --style SPEC     how to draw the layer (default: simple)
  --name TEXT      name shown in the legend (default: the layername of the source)
  --label FIELD    label the features with FIELD

Style SPEC:  KIND[:ARG[:ARG...]][,key=value[,key=value...]]
  simple[:...]                      one symbol for all features
      options  fill=COLOR outline=COLOR line=COLOR (line layers) width=MM (outline or
               line width) size=MM (markers) shape=circle|square|triangle|diamond|star|cross
               opacity=0..1  dash=yes
  graduated:FIELD[:RAMP]            numeric FIELD in classes (default 5 quantiles)
      options  classes=N  mode=quantile|jenks|equal|pretty|stddev  invert=yes
               precision=DIGITS  outline=COLOR width=MM size=MM  nodata=LABEL
  categorized:FIELD[:RAMP]          one colour per distinct value.  Without RAMP an integer
               field with at most 12 values (class fields such as si_class 1..4) gets the
               sequential ramp Reds (light = low class, dark = high class = more
               disadvantage); other fields get distinct qualitative colours.  A field named
               "highway" gets a street style (main streets wide, footways dashed).
      options  colors=VALUE:COLOR|VALUE:COLOR  labels=VALUE:TEXT|VALUE:TEXT
               widths=VALUE:MM|...  outline=COLOR width=MM size=MM  nodata=LABEL  invert=yes
  labels:FIELD                      simple style plus labels from FIELD
  Any style accepts label=FIELD and label_size=PT.
  RAMP: a ColorBrewer scheme (Reds, Blues, YlOrRd, RdYlGn, Set1, Paired, ...) or a ramp of
  QGIS's default style (Viridis, Magma, Turbo, ...).  Colours: #rgb, #rrggbb, #aarrggbb
  or SVG names; "none" = no fill/outline.

The image gets a title (and subtitle), a legend panel on the right, a scale bar and a
north arrow, and a footer.  Extent: union of all layers, or --extent-layer/--extent.

From Python:
  import render
  render.render([("town.gpkg|layername=facilities", "simple:fill=#1f78b4"),
                 ("town.gpkg|layername=areas", "graduated:s3:YlOrRd", "Areas")],
                "map.png", title="Transfer recipients (s3)")
Each entry is (source, style[, name[, label_field]]), a dict with these keys, or a
QgsVectorLayer in place of the source.  A QgsApplication is created if none exists.
"""

import atexit
import math
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QGIS_PREFIX_PATH", "/usr")

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen, QPolygonF  # noqa: E402
from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsClassificationPrettyBreaks,
    QgsClassificationQuantile,
    QgsClassificationStandardDeviation,
    QgsColorBrewerColorRamp,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSingleSymbolRenderer,
    QgsStyle,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)

FONT_FAMILY = "DejaVu Sans"
QUALITATIVE = ["#1f78b4", "#e31a1c", "#33a02c", "#ff7f00", "#6a3d9a", "#b15928", "#a6cee3",
               "#fb9a99", "#b2df8a", "#fdbf6f", "#cab2d6", "#ffff99", "#8dd3c7", "#bebada"]
HIGHWAY_STYLE = {          # colour, width (mm), dashed
    "motorway": ("#b2182b", 1.4, False),
    "trunk": ("#d6604d", 1.2, False),
    "primary": ("#d7301f", 1.0, False),
    "secondary": ("#fc8d59", 0.75, False),
    "tertiary": ("#fdbb84", 0.6, False),
    "residential": ("#737373", 0.4, False),
    "service": ("#969696", 0.3, False),
    "living_street": ("#969696", 0.35, False),
    "footway": ("#1a9850", 0.3, True),
    "path": ("#66bd63", 0.3, True),
    "cycleway": ("#2166ac", 0.3, True),
    "pedestrian": ("#1a9850", 0.4, False),
}
NODATA_COLOR = "#d9d9d9"


class RenderError(Exception):
    pass


# ---------------------------------------------------------------------------
# QGIS application
# ---------------------------------------------------------------------------

_APP = None


def ensure_qgis():
    """Start a QgsApplication with a throw-away profile unless one is running."""
    global _APP
    if QgsApplication.instance() is not None:
        return QgsApplication.instance()
    profile = tempfile.mkdtemp(prefix="sozialraum-render-")
    _APP = QgsApplication([], False, profile)
    QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
    _APP.initQgis()

    def _shutdown():
        global _APP
        if _APP is not None:
            _APP.exitQgis()
            _APP = None
        import shutil
        shutil.rmtree(profile, ignore_errors=True)

    atexit.register(_shutdown)
    return _APP


# ---------------------------------------------------------------------------
# Style parsing
# ---------------------------------------------------------------------------

def parse_style(spec):
    """'graduated:s3:Reds,classes=5' -> ('graduated', ['s3', 'Reds'], {'classes': '5'})"""
    spec = (spec or "simple").strip()
    kind, _, rest = spec.partition(":")
    kind = kind.strip().lower()
    if kind not in ("simple", "graduated", "categorized", "categorised", "labels"):
        raise RenderError("unknown style kind '%s' (use simple, graduated, categorized or labels)"
                          % kind)
    if kind == "categorised":
        kind = "categorized"
    args, opts = [], {}
    if rest:
        for item in rest.split(","):
            item = item.strip()
            if not item:
                continue
            if "=" in item:
                k, _, v = item.partition("=")
                opts[k.strip().lower()] = v.strip()
            else:
                args.extend(a.strip() for a in item.split(":"))
    return kind, args, opts


def parse_mapping(text):
    """'1:hoch|2:mittel' -> {'1': 'hoch', '2': 'mittel'}"""
    out = {}
    if not text:
        return out
    for item in text.split("|"):
        k, sep, v = item.partition(":")
        if not sep:
            raise RenderError("expected VALUE:TEXT in '%s'" % item)
        out[k.strip()] = v.strip()
    return out


def color(text, default=None):
    if text is None:
        return QColor(default) if default else None
    if text.lower() in ("none", "transparent", "no"):
        return QColor(0, 0, 0, 0)
    c = QColor(text)
    if not c.isValid():
        raise RenderError("invalid colour '%s'" % text)
    return c


def truthy(text):
    return str(text).lower() in ("1", "yes", "true", "on")


def color_ramp(name, n=5):
    if name in QgsColorBrewerColorRamp.listSchemeNames():
        return QgsColorBrewerColorRamp(name, max(3, min(n, 9)))
    style = QgsStyle.defaultStyle()
    if name in style.colorRampNames():
        return style.colorRamp(name)
    raise RenderError("unknown colour ramp '%s'; try %s" % (
        name, ", ".join(sorted(set(QgsColorBrewerColorRamp.listSchemeNames())
                               | set(style.colorRampNames())))))


def ramp_colors(name, n, invert=False):
    """n colours spread over the whole ramp."""
    if n <= 0:
        return []
    if name in QgsColorBrewerColorRamp.listSchemeNames() and 3 <= n <= 9:
        ramp = QgsColorBrewerColorRamp(name, n)      # the exact n-class palette
        cols = [QColor(ramp.color(i / (n - 1))) for i in range(n)]
    else:
        ramp = color_ramp(name, n)
        cols = [QColor(ramp.color(i / (n - 1) if n > 1 else 0.5)) for i in range(n)]
    if invert:
        cols.reverse()
    return cols


def base_symbol(geom_type, opts, fill=None, line=None):
    """A symbol of the layer's geometry type from the style options."""
    width = opts.get("width")
    if geom_type == QgsWkbTypes.PolygonGeometry:
        sym = QgsFillSymbol.createSimple({})
        sl = sym.symbolLayer(0)
        f = color(opts.get("fill"), "#dddddd") if fill is None else fill
        sl.setFillColor(f)
        if f.alpha() == 0:
            sl.setBrushStyle(Qt.NoBrush)
        oc = color(opts.get("outline"), "#7f7f7f")
        sl.setStrokeColor(oc)
        if oc.alpha() == 0:
            sl.setStrokeStyle(Qt.NoPen)
        sl.setStrokeWidth(float(width) if width else 0.2)
        sl.setStrokeWidthUnit(QgsUnitTypes.RenderMillimeters)
    elif geom_type == QgsWkbTypes.LineGeometry:
        sym = QgsLineSymbol.createSimple({})
        sl = sym.symbolLayer(0)
        c = line if line is not None else color(opts.get("line") or opts.get("color")
                                                or opts.get("fill"), "#555555")
        sl.setColor(c)
        sl.setWidth(float(width) if width else 0.35)
        sl.setWidthUnit(QgsUnitTypes.RenderMillimeters)
        sl.setPenCapStyle(Qt.RoundCap)
        sl.setPenJoinStyle(Qt.RoundJoin)
        if truthy(opts.get("dash", "no")):
            sl.setPenStyle(Qt.DashLine)
    else:
        sym = QgsMarkerSymbol.createSimple({})
        sl = sym.symbolLayer(0)
        shapes = {
            "circle": QgsSimpleMarkerSymbolLayerBase.Circle,
            "square": QgsSimpleMarkerSymbolLayerBase.Square,
            "triangle": QgsSimpleMarkerSymbolLayerBase.Triangle,
            "diamond": QgsSimpleMarkerSymbolLayerBase.Diamond,
            "star": QgsSimpleMarkerSymbolLayerBase.Star,
            "cross": QgsSimpleMarkerSymbolLayerBase.Cross2,
            "pentagon": QgsSimpleMarkerSymbolLayerBase.Pentagon,
        }
        shape = opts.get("shape", "circle").lower()
        if shape not in shapes:
            raise RenderError("unknown marker shape '%s' (%s)" % (shape, ", ".join(shapes)))
        sl.setShape(shapes[shape])
        sl.setColor(color(opts.get("fill"), "#1f78b4") if fill is None else fill)
        sl.setStrokeColor(color(opts.get("outline"), "#ffffff"))
        sl.setStrokeWidth(float(width) if width else 0.2)
        sl.setSize(float(opts.get("size", 2.0)))
        sl.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    if "opacity" in opts:
        sym.setOpacity(float(opts["opacity"]))
    return sym


def field_values(layer, field):
    idx = layer.fields().indexOf(field)
    if idx < 0:
        raise RenderError("layer '%s' has no field '%s' (fields: %s)" % (
            layer.name(), field, ", ".join(layer.fields().names())))
    return idx, list(layer.uniqueValues(idx))


def is_null(v):
    return v is None or (hasattr(v, "isNull") and v.isNull())


def apply_style(layer, spec):
    """Set the renderer (and labels) of layer from a style spec; returns legend extras."""
    kind, args, opts = parse_style(spec)
    gtype = layer.geometryType()
    extra = {"nodata": None, "title_field": None}
    if kind in ("simple", "labels"):
        if kind == "labels":
            if not args:
                raise RenderError("labels:FIELD needs a field")
            opts.setdefault("label", args[0])
        layer.setRenderer(QgsSingleSymbolRenderer(base_symbol(gtype, opts)))
    elif kind == "graduated":
        if not args:
            raise RenderError("graduated:FIELD[:RAMP] needs a field")
        field = args[0]
        ramp_name = args[1] if len(args) > 1 else opts.get("ramp", "YlOrRd")
        idx, values = field_values(layer, field)
        if not layer.fields().at(idx).isNumeric():
            raise RenderError("graduated needs a numeric field; '%s' is %s"
                              % (field, layer.fields().at(idx).typeName()))
        n = int(opts.get("classes", 5))
        modes = {"quantile": QgsClassificationQuantile, "jenks": QgsClassificationJenks,
                 "equal": QgsClassificationEqualInterval, "pretty": QgsClassificationPrettyBreaks,
                 "stddev": QgsClassificationStandardDeviation}
        mode = opts.get("mode", "quantile").lower()
        if mode not in modes:
            raise RenderError("unknown classification mode '%s' (%s)" % (mode, ", ".join(modes)))
        method = modes[mode]()
        method.setLabelFormat("%1 – %2")
        is_int = layer.fields().at(idx).type() in (2, 4, 32, 33)
        method.setLabelPrecision(int(opts.get("precision", 0 if is_int else 1)))
        method.setLabelTrimTrailingZeroes(False)
        renderer = QgsGraduatedSymbolRenderer(field)
        renderer.setSourceSymbol(base_symbol(gtype, dict(opts, fill="#000000", line="#000000")))
        renderer.setClassificationMethod(method)
        renderer.updateClasses(layer, n)
        nclass = len(renderer.ranges())
        cols = ramp_colors(ramp_name, nclass, truthy(opts.get("invert", "no")))
        ranges = renderer.ranges()
        for i, c in enumerate(cols):
            sym = ranges[i].symbol().clone()
            sym.setColor(c)
            if gtype == QgsWkbTypes.PolygonGeometry:
                sym.symbolLayer(0).setStrokeColor(color(opts.get("outline"), "#ffffff"))
            elif gtype == QgsWkbTypes.PointGeometry:
                sym.symbolLayer(0).setStrokeColor(color(opts.get("outline"), "#333333"))
            renderer.updateRangeSymbol(i, sym)
        layer.setRenderer(renderer)
        extra["title_field"] = field
        if any(is_null(v) for v in values):
            extra["nodata"] = opts.get("nodata", "no value")
    elif kind == "categorized":
        if not args:
            raise RenderError("categorized:FIELD[:RAMP] needs a field")
        field = args[0]
        ramp_name = args[1] if len(args) > 1 else opts.get("ramp")
        idx, values = field_values(layer, field)
        fdef = layer.fields().at(idx)
        present = [v for v in values if not is_null(v)]
        numeric = fdef.isNumeric()
        present.sort(key=(lambda v: float(v)) if numeric else (lambda v: str(v)))
        colors_map = parse_mapping(opts.get("colors"))
        labels_map = parse_mapping(opts.get("labels"))
        widths_map = parse_mapping(opts.get("widths"))
        is_int = fdef.type() in (2, 4, 32, 33)   # QVariant Int, LongLong, UInt, ULongLong
        highway = field.lower() == "highway" and gtype == QgsWkbTypes.LineGeometry
        if ramp_name:
            palette = ramp_colors(ramp_name, len(present), truthy(opts.get("invert", "no")))
        elif is_int and len(present) <= 12:
            palette = ramp_colors("Reds", len(present), truthy(opts.get("invert", "no")))
        else:
            palette = [QColor(QUALITATIVE[i % len(QUALITATIVE)]) for i in range(len(present))]
        if highway and not ramp_name:
            order = list(HIGHWAY_STYLE)
            present.sort(key=lambda v: (order.index(v) if v in order else len(order), str(v)))
        cats = []
        for i, v in enumerate(present):
            key = str(int(v)) if numeric and float(v).is_integer() else str(v)
            o = dict(opts)
            c = palette[i] if palette else QColor("#777777")
            if highway and not ramp_name and v in HIGHWAY_STYLE:
                hc, hw, dash = HIGHWAY_STYLE[v]
                c = QColor(hc)
                o.setdefault("width", str(hw))
                if dash:
                    o["dash"] = "yes"
            if key in colors_map:
                c = color(colors_map[key])
            if key in widths_map:
                o["width"] = widths_map[key]
            sym = base_symbol(gtype, o, fill=c, line=c)
            if gtype == QgsWkbTypes.PolygonGeometry and "outline" not in opts:
                sym.symbolLayer(0).setStrokeColor(QColor("#ffffff"))
            if highway and not ramp_name:
                # draw main streets above residential ones above footways
                sym.symbolLayer(0).setRenderingPass(len(present) - i)
            cats.append(QgsRendererCategory(v, sym, labels_map.get(key, key)))
        renderer = QgsCategorizedSymbolRenderer(field, cats)
        if highway and not ramp_name:
            renderer.setUsingSymbolLevels(True)
        layer.setRenderer(renderer)
        extra["title_field"] = field
        if any(is_null(v) for v in values):
            extra["nodata"] = opts.get("nodata", "no value")
    if "label" in opts:
        set_labels(layer, opts["label"], float(opts.get("label_size", 7.5)))
    return extra


def set_labels(layer, field, size_pt=7.5):
    if layer.fields().indexOf(field) < 0:
        raise RenderError("layer '%s' has no field '%s' to label with" % (layer.name(), field))
    pal = QgsPalLayerSettings()
    pal.fieldName = field
    fmt = QgsTextFormat()
    fmt.setFont(QFont(FONT_FAMILY))
    fmt.setSize(size_pt)
    fmt.setColor(QColor("#222222"))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.7)
    buf.setColor(QColor(255, 255, 255, 220))
    fmt.setBuffer(buf)
    pal.setFormat(fmt)
    gtype = layer.geometryType()
    if gtype == QgsWkbTypes.PolygonGeometry:
        pal.placement = QgsPalLayerSettings.OverPoint
    elif gtype == QgsWkbTypes.LineGeometry:
        pal.placement = QgsPalLayerSettings.Curved
    else:
        pal.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
        pal.dist = 1.0
    layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    layer.setLabelsEnabled(True)


# ---------------------------------------------------------------------------
# Layers
# ---------------------------------------------------------------------------

def default_name(source):
    if "|layername=" in source:
        return source.split("|layername=", 1)[1].split("|", 1)[0]
    return os.path.splitext(os.path.basename(source.split("|", 1)[0]))[0]


def load_layer(source, name=None):
    if isinstance(source, QgsVectorLayer):
        return source
    path = source.split("|", 1)[0]
    if not os.path.exists(path):
        raise RenderError("no such file: %s" % path)
    layer = QgsVectorLayer(source, name or default_name(source), "ogr")
    if not layer.isValid():
        raise RenderError("cannot open layer '%s'" % source)
    return layer


def normalize_entry(entry):
    if isinstance(entry, dict):
        return (entry.get("source") or entry.get("layer"), entry.get("style", "simple"),
                entry.get("name"), entry.get("label"))
    if isinstance(entry, QgsVectorLayer):
        return entry, None, None, None
    entry = tuple(entry) + (None,) * (4 - len(entry))
    return entry[:4]


# ---------------------------------------------------------------------------
# Drawing helpers (title, legend, scale bar, north arrow)
# ---------------------------------------------------------------------------

def font(px, bold=False):
    f = QFont(FONT_FAMILY)
    f.setPixelSize(int(px))
    f.setBold(bold)
    return f


def nice_length(target):
    if target <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(target))
    for m in (5, 2, 1):
        if m * exp <= target:
            return m * exp
    return exp


def fmt_distance(m):
    if m >= 1000:
        km = m / 1000.0
        return ("%g km" % km)
    return "%g m" % m


def draw_scalebar(p, frame, settings, scale):
    mupp = settings.mapUnitsPerPixel()
    units = settings.destinationCrs().mapUnits()
    if units != QgsUnitTypes.DistanceMeters:
        factor = QgsUnitTypes.fromUnitToUnitFactor(units, QgsUnitTypes.DistanceMeters)
        if units == QgsUnitTypes.DistanceDegrees:
            factor *= math.cos(math.radians(settings.visibleExtent().center().y()))
        mupp *= factor
    length_m = nice_length(frame.width() * 0.22 * mupp)
    px = length_m / mupp
    x0 = frame.left() + 24 * scale
    y0 = frame.bottom() - 30 * scale
    h = 7 * scale
    bg = QRectF(x0 - 12 * scale, y0 - 26 * scale, px + 60 * scale, 46 * scale)
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(255, 255, 255, 215))
    p.drawRoundedRect(bg, 4 * scale, 4 * scale)
    p.setPen(QPen(QColor("#222222"), max(1.0, scale)))
    for i in range(4):
        p.setBrush(QColor("#222222") if i % 2 == 0 else QColor("#ffffff"))
        p.drawRect(QRectF(x0 + i * px / 4, y0, px / 4, h))
    p.setFont(font(12 * scale))
    fm = QFontMetrics(p.font())
    for frac, text in ((0.0, "0"), (0.5, fmt_distance(length_m / 2)), (1.0, fmt_distance(length_m))):
        w = fm.horizontalAdvance(text)
        p.drawText(QPointF(x0 + frac * px - w / 2, y0 - 5 * scale), text)


def draw_north_arrow(p, frame, scale):
    cx = frame.right() - 34 * scale
    top = frame.top() + 18 * scale
    h = 40 * scale
    w = 13 * scale
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(255, 255, 255, 215))
    p.drawRoundedRect(QRectF(cx - 22 * scale, top - 6 * scale, 44 * scale, h + 30 * scale),
                      4 * scale, 4 * scale)
    p.setPen(QPen(QColor("#222222"), max(1.0, scale)))
    p.setBrush(QColor("#222222"))
    p.drawPolygon(QPolygonF([QPointF(cx, top + 18 * scale), QPointF(cx, top + 18 * scale + h * 0.55),
                             QPointF(cx - w, top + 18 * scale + h * 0.75)]))
    p.setBrush(QColor("#ffffff"))
    p.drawPolygon(QPolygonF([QPointF(cx, top + 18 * scale), QPointF(cx, top + 18 * scale + h * 0.55),
                             QPointF(cx + w, top + 18 * scale + h * 0.75)]))
    p.setFont(font(15 * scale, True))
    fm = QFontMetrics(p.font())
    p.drawText(QPointF(cx - fm.horizontalAdvance("N") / 2, top + 12 * scale), "N")


def legend_entries(layer, extra):
    """[(QImage-producing symbol or None, label)] for the legend."""
    renderer = layer.renderer()
    items = []
    if isinstance(renderer, QgsSingleSymbolRenderer):
        items.append((renderer.symbol().clone(), None))
    else:
        legend_items = renderer.legendSymbolItems()
        for it in legend_items:
            if it.symbol() is not None:
                items.append((it.symbol().clone(), it.label()))
    if extra.get("nodata"):
        sym = base_symbol(layer.geometryType(), {"fill": NODATA_COLOR, "line": NODATA_COLOR,
                                                  "outline": "#ffffff"})
        items.append((sym, extra["nodata"]))
    return items


def wrap(text, fm, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if fm.horizontalAdvance(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def draw_legend(p, rect, groups, scale):
    """groups: [(title, [(symbol, label)])]; draws top-down, stops when out of room."""
    y = rect.top()
    x = rect.left()
    patch_w, patch_h = 30 * scale, 18 * scale
    p.setPen(QColor("#222222"))
    p.setFont(font(17 * scale, True))
    p.drawText(QPointF(x, y + 17 * scale), "Legend")
    y += 34 * scale
    for title, items in groups:
        p.setFont(font(14 * scale, True))
        fm = QFontMetrics(p.font())
        for line in (wrap(title, fm, rect.width()) if title else []):
            if y + 20 * scale > rect.bottom():
                return
            p.drawText(QPointF(x, y + 14 * scale), line)
            y += 19 * scale
        y += 3 * scale
        p.setFont(font(13 * scale))
        fm = QFontMetrics(p.font())
        max_items = 14
        shown = items[:max_items]
        for sym, label in shown:
            if y + patch_h > rect.bottom():
                return
            img = sym.asImage(QSize(int(patch_w), int(patch_h)))
            p.drawImage(QPointF(x, y), img)
            if label is not None:
                lines = wrap(label, fm, rect.width() - patch_w - 10 * scale)
                for k, line in enumerate(lines[:2]):
                    p.drawText(QPointF(x + patch_w + 9 * scale, y + 14 * scale + k * 16 * scale),
                               line)
                y += max(patch_h, 16 * scale * min(2, len(lines))) + 5 * scale
            else:
                y += patch_h + 5 * scale
        if len(items) > max_items:
            p.drawText(QPointF(x, y + 13 * scale), "… and %d more" % (len(items) - max_items))
            y += 20 * scale
        y += 12 * scale


# ---------------------------------------------------------------------------
# Render
# ---------------------------------------------------------------------------

def render(layers_with_styles, out_path, title=None, subtitle=None, footer=None,
           size=(1600, 1200), extent=None, extent_layer=None, crs=None, legend=True,
           background="#ffffff"):
    """Render layers (first = top) to a PNG.

    layers_with_styles: list of (source, style[, name[, label_field]]) tuples, dicts with
      keys source/style/name/label, or QgsVectorLayer objects (drawn with their renderer).
    extent: QgsRectangle or (xmin, ymin, xmax, ymax) in the map CRS; extent_layer: a
      source string or layer whose extent is used.  Default: union of all layers.
    crs: map CRS (default: the CRS of the first layer).
    Returns out_path.
    """
    ensure_qgis()
    width, height = int(size[0]), int(size[1])
    scale = min(width / 1600.0, height / 1200.0)
    scale = max(scale, 0.5)

    entries = []      # (layer, extra, display name)
    for entry in layers_with_styles:
        source, style, name, label = normalize_entry(entry)
        if source is None:
            raise RenderError("layer entry without source: %r" % (entry,))
        layer = load_layer(source, name)
        if name:
            layer.setName(name)
        extra = {"nodata": None, "title_field": None}
        if style is not None or not isinstance(source, QgsVectorLayer):
            extra = apply_style(layer, style or "simple")
        if label:
            set_labels(layer, label)
        entries.append((layer, extra))
    if not entries:
        raise RenderError("no layers to render")

    dest_crs = QgsCoordinateReferenceSystem(crs) if crs else entries[0][0].crs()
    if not dest_crs.isValid():
        raise RenderError("invalid CRS '%s'" % crs)

    # Layers with missing values get a grey copy underneath, so no feature disappears.
    map_layers = []
    keep = []
    for layer, extra in entries:
        map_layers.append(layer)
        if extra.get("nodata"):
            under = layer.clone()
            under.setRenderer(QgsSingleSymbolRenderer(base_symbol(
                layer.geometryType(), {"fill": NODATA_COLOR, "line": NODATA_COLOR,
                                       "outline": "#ffffff"})))
            under.setLabelsEnabled(False)
            keep.append(under)
            map_layers.append(under)

    def layer_extent(lyr):
        e = lyr.extent()
        if lyr.crs() != dest_crs:
            e = QgsCoordinateTransform(lyr.crs(), dest_crs, QgsProject.instance()).transformBoundingBox(e)
        return e

    if extent is not None:
        if not isinstance(extent, QgsRectangle):
            extent = QgsRectangle(*[float(v) for v in extent])
        full = QgsRectangle(extent)
    elif extent_layer is not None:
        match = [l for l, _ in entries if l.name() == extent_layer
                 or (isinstance(extent_layer, str) and l.source() == extent_layer)]
        lyr = match[0] if match else load_layer(extent_layer)
        full = layer_extent(lyr)
        full.scale(1.04)
    else:
        full = None
        for lyr, _ in entries:
            e = layer_extent(lyr)
            if e.isEmpty() and e.width() == 0 and e.height() == 0 and lyr.featureCount() == 0:
                continue
            if full is None:
                full = QgsRectangle(e)
            else:
                full.combineExtentWith(e)
        if full is None:
            raise RenderError("all layers are empty")
        full.scale(1.04)
    if full.width() == 0 or full.height() == 0:
        full.grow(100.0)

    # Layout: title band on top, legend panel on the right, footer at the bottom.
    margin = 20 * scale
    title_h = (0 if not title else 46 * scale) + (0 if not subtitle else 26 * scale)
    top = margin + title_h + (10 * scale if title_h else 0)
    legend_w = 360 * scale if legend else 0
    footer_h = 28 * scale
    frame = QRectF(margin, top, width - 2 * margin - legend_w - (margin if legend else 0),
                   height - top - footer_h - margin * 0.5)

    settings = QgsMapSettings()
    settings.setLayers(map_layers)                     # index 0 is drawn on top
    settings.setDestinationCrs(dest_crs)
    settings.setOutputSize(QSize(int(frame.width()), int(frame.height())))
    settings.setOutputDpi(96 * scale)
    settings.setExtent(full)
    settings.setBackgroundColor(QColor(background))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    settings.setFlag(QgsMapSettings.DrawLabeling, True)
    settings.setFlag(QgsMapSettings.UseAdvancedEffects, True)
    settings.setTransformContext(QgsProject.instance().transformContext())

    map_img = QImage(settings.outputSize(), QImage.Format_ARGB32_Premultiplied)
    map_img.fill(QColor(background))
    mp = QPainter(map_img)
    mp.setRenderHint(QPainter.Antialiasing, True)
    job = QgsMapRendererCustomPainterJob(settings, mp)
    job.renderSynchronously()
    mp.end()
    errors = job.errors()
    if errors:
        raise RenderError("; ".join("%s: %s" % (e.layerID, e.message) for e in errors))

    img = QImage(width, height, QImage.Format_ARGB32_Premultiplied)
    img.fill(QColor(background))
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing, True)
    p.setRenderHint(QPainter.TextAntialiasing, True)
    p.drawImage(frame.topLeft(), map_img)
    p.setPen(QPen(QColor("#9e9e9e"), max(1.0, scale)))
    p.setBrush(Qt.NoBrush)
    p.drawRect(frame)

    if title:
        p.setPen(QColor("#111111"))
        p.setFont(font(30 * scale, True))
        p.drawText(QPointF(margin, margin + 32 * scale), title)
    if subtitle:
        p.setPen(QColor("#444444"))
        p.setFont(font(17 * scale))
        p.drawText(QPointF(margin, margin + (46 if title else 0) * scale + 18 * scale), subtitle)

    draw_scalebar(p, frame, settings, scale)
    draw_north_arrow(p, frame, scale)

    if legend:
        groups = []
        for lyr, extra in entries:
            t = lyr.name()
            if extra.get("title_field"):
                t = "%s: %s" % (t, extra["title_field"])
            items = legend_entries(lyr, extra)
            if len(items) == 1 and items[0][1] is None:
                items = [(items[0][0], lyr.name())]
                t = None
            groups.append((t, items))
        # merge consecutive single-symbol layers into one untitled group
        merged = []
        for t, items in groups:
            if t is None and merged and merged[-1][0] == "":
                merged[-1][1].extend(items)
            elif t is None:
                merged.append(("", items))
            else:
                merged.append((t, items))
        lrect = QRectF(frame.right() + margin, frame.top(), legend_w, frame.height())
        draw_legend(p, lrect, merged, scale)

    p.setPen(QColor("#666666"))
    p.setFont(font(12 * scale))
    denom = settings.scale()
    foot = footer if footer is not None else (
        "%s · 1:%s · rendered with QGIS %s" % (dest_crs.authid() or dest_crs.description(),
                                               format(int(round(denom, -2)), ",").replace(",", "."),
                                               Qgis.QGIS_VERSION.split("-")[0]))
    p.drawText(QPointF(margin, height - margin * 0.5 - 6 * scale), foot)
    p.end()

    out_dir = os.path.dirname(os.path.abspath(out_path))
    os.makedirs(out_dir, exist_ok=True)
    if not img.save(out_path, "PNG"):
        raise RenderError("cannot write %s" % out_path)
    return out_path


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------

USAGE = """usage: render.py --out MAP.png [--title T] [--subtitle S] [--footer F]
                 --layer SOURCE [--style SPEC] [--name NAME] [--label FIELD]
                 [--layer SOURCE [--style SPEC] ...] ...
                 [--extent-layer SOURCE|NAME | --extent XMIN,YMIN,XMAX,YMAX]
                 [--size WIDTHxHEIGHT] [--crs EPSG:nnnn] [--no-legend]
The FIRST --layer is drawn ON TOP (as in QGIS's layer panel).
Run 'render.py --help' for the style syntax."""


def parse_args(argv):
    opts = {"layers": [], "out": None, "title": None, "subtitle": None, "footer": None,
            "size": (1600, 1200), "extent": None, "extent_layer": None, "crs": None,
            "legend": True}
    i = 0

    def value():
        nonlocal i
        if i + 1 >= len(argv):
            raise RenderError("%s needs a value" % argv[i])
        i += 1
        return argv[i]

    while i < len(argv):
        a = argv[i]
        if "=" in a and a.startswith("--") and a.split("=", 1)[0] in (
                "--out", "--title", "--subtitle", "--footer", "--layer", "--style", "--name",
                "--label", "--extent", "--extent-layer", "--size", "--crs"):
            k, v = a.split("=", 1)
            argv = argv[:i] + [k, v] + argv[i + 1:]
            a = k
        if a in ("-h", "--help"):
            print(__doc__)
            sys.exit(0)
        elif a == "--out":
            opts["out"] = value()
        elif a == "--title":
            opts["title"] = value()
        elif a == "--subtitle":
            opts["subtitle"] = value()
        elif a == "--footer":
            opts["footer"] = value()
        elif a == "--layer":
            opts["layers"].append({"source": value(), "style": None, "name": None, "label": None})
        elif a in ("--style", "--name", "--label"):
            if not opts["layers"]:
                raise RenderError("%s must follow a --layer" % a)
            key = a[2:]
            if opts["layers"][-1][key] is not None:
                raise RenderError("%s given twice for layer %s" % (a, opts["layers"][-1]["source"]))
            opts["layers"][-1][key] = value()
        elif a == "--extent":
            parts = value().split(",")
            if len(parts) != 4:
                raise RenderError("--extent needs XMIN,YMIN,XMAX,YMAX")
            opts["extent"] = tuple(float(v) for v in parts)
        elif a == "--extent-layer":
            opts["extent_layer"] = value()
        elif a == "--size":
            w, _, h = value().lower().partition("x")
            opts["size"] = (int(w), int(h))
        elif a == "--crs":
            opts["crs"] = value()
        elif a == "--no-legend":
            opts["legend"] = False
        else:
            raise RenderError("unknown argument '%s'" % a)
        i += 1
    if not opts["out"]:
        raise RenderError("--out is required")
    if not opts["layers"]:
        raise RenderError("at least one --layer is required")
    for l in opts["layers"]:
        if l["style"] is None:
            l["style"] = "simple"
    return opts


def main(argv):
    try:
        opts = parse_args(argv)
    except (RenderError, ValueError) as e:
        print("render.py: error: %s\n%s" % (e, USAGE), file=sys.stderr)
        return 2
    try:
        render(opts["layers"], opts["out"], title=opts["title"], subtitle=opts["subtitle"],
               footer=opts["footer"], size=opts["size"], extent=opts["extent"],
               extent_layer=opts["extent_layer"], crs=opts["crs"], legend=opts["legend"])
    except (RenderError, ValueError) as e:
        print("render.py: error: %s" % e, file=sys.stderr)
        return 1
    print(opts["out"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
