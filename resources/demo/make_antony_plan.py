#!/usr/bin/env python3
"""Writes antony-plan.svg, the demo's background for the camera map: a schematic plan of the
area of cameras-antony.csv, drawn by hand for Vigie (a few main streets placed by eye, the RER
line, the A86, Parc Heller, the districts' names at the middle of their cameras). Not a survey
and not copied from any map: it only lets the demo's cameras sit on something readable.

    python3 resources/demo/make_antony_plan.py     (rewrites resources/demo/antony-plan.svg)

The bounds below are those the demo writes to vigie.conf (map/north, south, west, east)."""
import csv
import math
import os

NORTH, SOUTH, WEST, EAST = 48.7700, 48.7320, 2.2700, 2.3150
WIDTH = 1600
# Height true to the ground: a degree of longitude is cos(latitude) of a degree of latitude.
HEIGHT = round(WIDTH * (NORTH - SOUTH) / ((EAST - WEST) * math.cos(math.radians((NORTH + SOUTH) / 2))))

HERE = os.path.dirname(os.path.abspath(__file__))


def xy(lat, lon):
    return ((lon - WEST) / (EAST - WEST) * WIDTH, (NORTH - lat) / (NORTH - SOUTH) * HEIGHT)


# Presentation attributes rather than a style sheet: Qt's SVG renderer (SVG Tiny) reads them.
STYLE = {
    "motorway": 'fill="none" stroke="#6b5a3a" stroke-width="14" stroke-linecap="round"',
    "main": 'fill="none" stroke="#5d6670" stroke-width="9" stroke-linecap="round"',
    "street": 'fill="none" stroke="#454c55" stroke-width="5" stroke-linecap="round"',
    "rail": 'fill="none" stroke="#7a6f9b" stroke-width="3" stroke-dasharray="14,8"',
    "park": 'fill="#1f3326" stroke="none"',
    "zone": 'fill="#8a939d" font-family="sans-serif" font-size="30" font-weight="bold" '
            'text-anchor="middle" fill-opacity="0.6"',
    "label": 'fill="#6f7882" font-family="sans-serif" font-size="16"',
    "title": 'fill="#8a939d" font-family="sans-serif" font-size="20"',
}


def polyline(points, cls):
    coords = " ".join("%.1f,%.1f" % xy(lat, lon) for lat, lon in points)
    return '<polyline %s points="%s"/>' % (STYLE[cls], coords)


# (name, class, points as (lat, lon)); placed by eye, schematic.
STREETS = [
    ("A86", "motorway", [(48.7688, 2.2700), (48.7676, 2.2850), (48.7668, 2.3000), (48.7660, 2.3150)]),
    ("Avenue de la Division Leclerc (RD 920)", "main",
     [(48.7700, 2.3040), (48.7600, 2.3020), (48.7500, 2.3000), (48.7400, 2.2985), (48.7320, 2.2975)]),
    ("Avenue Aristide Briand", "main", [(48.7560, 2.2880), (48.7545, 2.2950), (48.7530, 2.3030), (48.7520, 2.3100)]),
    ("Avenue du Président Kennedy", "street", [(48.7690, 2.2990), (48.7655, 2.3030), (48.7625, 2.3075)]),
    ("Avenue Léon Harmel", "street", [(48.7680, 2.2995), (48.7640, 2.2990), (48.7600, 2.2985)]),
    ("Rue Mirabeau", "street", [(48.7620, 2.2860), (48.7590, 2.2900), (48.7565, 2.2930)]),
    ("Avenue Jean Zay", "street", [(48.7615, 2.2880), (48.7585, 2.2895), (48.7560, 2.2915)]),
    ("Avenue Raymond Aron", "street", [(48.7470, 2.3000), (48.7500, 2.3045), (48.7525, 2.3080)]),
    ("Avenue Gabriel Péri", "street", [(48.7345, 2.3120), (48.7380, 2.3075), (48.7405, 2.3040)]),
    ("Rue de la Fontaine Michalon", "street", [(48.7350, 2.3110), (48.7375, 2.3060), (48.7400, 2.3040)]),
    ("Rue des Rabats", "street", [(48.7510, 2.2740), (48.7470, 2.2800), (48.7425, 2.2910)]),
    ("Avenue de Fontenay", "street", [(48.7500, 2.2760), (48.7460, 2.2810)]),
    ("Rue de Massy", "street", [(48.7485, 2.2720), (48.7480, 2.2810)]),
    ("Avenue Jeanne d'Arc", "street", [(48.7432, 2.2850), (48.7430, 2.2925)]),
    ("Rue de Châtenay", "street", [(48.7470, 2.2850), (48.7445, 2.2885), (48.7418, 2.2925)]),
    ("Rue Paul Bert", "street", [(48.7390, 2.2930), (48.7410, 2.2965), (48.7428, 2.3000)]),
    ("Boulevard Pierre Brossolette", "street", [(48.7582, 2.2980), (48.7560, 2.3020), (48.7540, 2.3045)]),
]
RER = [(48.7700, 2.3000), (48.7600, 2.2985), (48.7550, 2.2975), (48.7450, 2.2960), (48.7320, 2.2945)]
PARC_HELLER = [(48.7525, 2.3025), (48.7520, 2.3085), (48.7478, 2.3090), (48.7472, 2.3030)]


def zone_centres():
    zones = {}
    with open(os.path.join(HERE, "cameras-antony.csv"), encoding="utf-8") as f:
        for row in list(csv.reader(f, delimiter=";"))[1:]:
            try:
                lat, lon = float(row[5].replace(",", ".")), float(row[6].replace(",", "."))
            except (ValueError, IndexError):
                continue
            if SOUTH < lat < NORTH and WEST < lon < EAST:  # the file's bad lines stay off
                zones.setdefault(row[2], []).append((lat, lon))
    return {z: (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
            for z, pts in zones.items()}


def main():
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">'
           % (WIDTH, HEIGHT, WIDTH, HEIGHT),
           '<rect width="100%" height="100%" fill="#1a1d21"/>']
    out.append('<polygon %s points="%s"/>'
               % (STYLE["park"], " ".join("%.1f,%.1f" % xy(*p) for p in PARC_HELLER)))
    for name, cls, points in STREETS:
        out.append(polyline(points, cls))
    out.append(polyline(RER, "rail"))
    for name, cls, points in STREETS:
        x, y = xy(*points[len(points) // 2])
        out.append('<text %s x="%.1f" y="%.1f">%s</text>'
                   % (STYLE["label"], x + 8, y - 8, name.replace("&", "&amp;").replace("'", "&#39;")))
    x, y = xy(48.7455, 2.2958)
    out.append('<text %s x="%.1f" y="%.1f">RER B</text>' % (STYLE["label"], x + 8, y))
    x, y = xy(48.7500, 2.3055)
    out.append('<text %s x="%.1f" y="%.1f">Parc Heller</text>' % (STYLE["label"], x - 40, y))
    for zone, (lat, lon) in sorted(zone_centres().items()):
        x, y = xy(lat, lon)
        out.append('<text %s x="%.1f" y="%.1f">%s</text>'
                   % (STYLE["zone"], x, y, zone.replace("'", "&#39;")))
    # 500 m scale bar and the north, bottom left.
    metres_per_px = (EAST - WEST) * 111320 * math.cos(math.radians((NORTH + SOUTH) / 2)) / WIDTH
    bar = 500 / metres_per_px
    out.append('<path d="M40 %d h%.1f" stroke="#8a939d" stroke-width="4"/>' % (HEIGHT - 40, bar))
    out.append('<text %s x="40" y="%d">500 m</text>' % (STYLE["title"], HEIGHT - 52))
    out.append('<path d="M60 %d l-14 34 h28 z" fill="#8a939d"/>' % (HEIGHT - 140))
    out.append('<text %s x="52" y="%d">N</text>' % (STYLE["title"], HEIGHT - 146))
    out.append('<text %s x="40" y="40">Antony — plan schématique de démonstration, '
               'dessiné pour Vigie (pas un relevé)</text>' % STYLE["title"])
    out.append("</svg>")
    with open(os.path.join(HERE, "antony-plan.svg"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
