"""Draw wirepeek's icon: a wire carrying bytes into a magnifying glass.

Run from the repository root: python3 assets/make_icon.py (needs Pillow).
Writes assets/icon-256.png and the smaller sizes next to it.
"""
from PIL import Image, ImageDraw

S = 1024  # draw big, then scale down for smooth edges
img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
d = ImageDraw.Draw(img)

# Rounded square background, deep teal.
d.rounded_rectangle([40, 40, S - 40, S - 40], radius=200, fill=(20, 72, 96, 255))

# The wire: a horizontal line with byte blocks travelling along it.
d.line([(120, 560), (520, 560)], fill=(120, 200, 220, 255), width=36)
for i, x in enumerate((150, 270, 390)):
    color = (255, 196, 70, 255) if i % 2 == 0 else (250, 250, 245, 255)
    d.rounded_rectangle([x, 470, x + 80, 530], radius=14, fill=color)

# The magnifying glass looking at the wire.
cx, cy, r = 600, 470, 210
d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(235, 246, 250, 255))
d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(250, 250, 245, 255), width=56)
# Inside the lens: the status line "200" as three bars of bytes.
for j, w in enumerate((230, 170, 200)):
    y = cy - 80 + j * 70
    d.rounded_rectangle([cx - 115, y, cx - 115 + w, y + 36], radius=12,
                        fill=(20, 72, 96, 255) if j == 0 else (90, 150, 170, 255))
# Handle.
d.line([(cx + 150, cy + 150), (cx + 300, cy + 300)], fill=(250, 250, 245, 255), width=90)
d.ellipse([cx + 255, cy + 255, cx + 345, cy + 345], fill=(250, 250, 245, 255))

for size in (256, 128, 64, 48, 32):
    img.resize((size, size), Image.LANCZOS).save(f"assets/icon-{size}.png", optimize=True)
