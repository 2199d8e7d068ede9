"""Draw wirepeek's icon: a wire carrying bytes into a magnifying glass.

Run from the repository root: python3 assets/make_icon.py (needs Pillow).
The shapes are listed once (SHAPES) and written two ways:
  assets/wirepeek.svg        the scalable source (installed as the hicolor "scalable" icon)
  assets/icon-SIZE.png       16 to 512 px, drawn at 1024 px and scaled down for smooth edges
  assets/wirepeek.ico        the Windows icon (16 to 256 px), put into wirepeek.exe by build.rs
"""
from PIL import Image, ImageDraw

S = 1024  # the drawing's own size, in SVG user units and in pixels
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

TEAL = (20, 72, 96)
WIRE = (120, 200, 220)
AMBER = (255, 196, 70)
PAPER = (250, 250, 245)
LENS = (235, 246, 250)
BAR = (90, 150, 170)

# ("rect", x0, y0, x1, y1, radius, colour) | ("circle", cx, cy, r, colour)
# | ("ring", cx, cy, outer r, width, colour) | ("line", x0, y0, x1, y1, width, colour)
SHAPES = [
    # Rounded square background, deep teal.
    ("rect", 40, 40, S - 40, S - 40, 200, TEAL),
    # The wire: a horizontal line with byte blocks travelling along it.
    ("line", 120, 560, 520, 560, 36, WIRE),
]
for i, x in enumerate((150, 270, 390)):
    SHAPES.append(("rect", x, 470, x + 80, 530, 14, AMBER if i % 2 == 0 else PAPER))
# The magnifying glass looking at the wire.
CX, CY, R = 600, 470, 210
SHAPES += [("circle", CX, CY, R, LENS), ("ring", CX, CY, R, 56, PAPER)]
# Inside the lens: the status line "200" as three bars of bytes.
for j, w in enumerate((230, 170, 200)):
    y = CY - 80 + j * 70
    SHAPES.append(("rect", CX - 115, y, CX - 115 + w, y + 36, 12, TEAL if j == 0 else BAR))
# Handle.
SHAPES += [
    ("line", CX + 150, CY + 150, CX + 300, CY + 300, 90, PAPER),
    ("circle", CX + 300, CY + 300, 45, PAPER),
]


def draw_png():
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    for kind, *a in SHAPES:
        if kind == "rect":
            x0, y0, x1, y1, radius, c = a
            d.rounded_rectangle([x0, y0, x1, y1], radius=radius, fill=c + (255,))
        elif kind == "circle":
            cx, cy, r, c = a
            d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=c + (255,))
        elif kind == "ring":
            cx, cy, r, width, c = a
            d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=c + (255,), width=width)
        elif kind == "line":
            x0, y0, x1, y1, width, c = a
            d.line([(x0, y0), (x1, y1)], fill=c + (255,), width=width)
    return img


def svg():
    def rgb(c):
        return "#%02x%02x%02x" % c

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{S}" height="{S}" viewBox="0 0 {S} {S}">',
           "  <title>wirepeek</title>"]
    for kind, *a in SHAPES:
        if kind == "rect":
            x0, y0, x1, y1, radius, c = a
            out.append(f'  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" '
                       f'rx="{radius}" fill="{rgb(c)}"/>')
        elif kind == "circle":
            cx, cy, r, c = a
            out.append(f'  <circle cx="{cx}" cy="{cy}" r="{r}" fill="{rgb(c)}"/>')
        elif kind == "ring":
            # Pillow draws an outline inside the circle; SVG centres the stroke on the path.
            cx, cy, r, width, c = a
            out.append(f'  <circle cx="{cx}" cy="{cy}" r="{r - width / 2:g}" fill="none" '
                       f'stroke="{rgb(c)}" stroke-width="{width}"/>')
        elif kind == "line":
            x0, y0, x1, y1, width, c = a
            out.append(f'  <line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y1}" '
                       f'stroke="{rgb(c)}" stroke-width="{width}"/>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    with open("assets/wirepeek.svg", "w") as f:
        f.write(svg())
    img = draw_png()
    for size in SIZES:
        img.resize((size, size), Image.LANCZOS).save(f"assets/icon-{size}.png", optimize=True)
    img.resize((256, 256), Image.LANCZOS).save(
        "assets/wirepeek.ico", sizes=[(s, s) for s in ICO_SIZES])
