#!/usr/bin/env python3
"""Writes a store for the benchmarks: the sample kiosk-config/ with its menu grown to N items.

    make_bench_store.py SAMPLE_CONFIG OUT_DIR --items N [--single-category] [--html]

Items are copies of the sample's items (same images, prices, modifiers, allergens) with numbered
ids, spread over the sample's categories, or all in the first one with --single-category (the
scrolling benchmark). --html also writes OUT_DIR/menu.html: a static page showing the same menu
the kiosk's menu page shows (category rail, item cards with photo, price, calories and
allergens), for the browser comparison.
"""
import argparse
import html
import json
import os
import shutil


def grow_menu(menu, count, single_category):
    categories = menu["categories"]
    samples = menu["items"]
    items = []
    for n in range(count):
        source = samples[n % len(samples)]
        item = json.loads(json.dumps(source))
        if n >= len(samples):
            item["id"] = f"{source['id']}_{n}"
            for lang, text in item["name"].items():
                item["name"][lang] = f"{text} {n}"
        if single_category:
            item["category"] = categories[0]["id"]
        items.append(item)
    grown = {**menu, "items": items}
    if single_category:
        # Empty categories are invalid: the store keeps only the one that holds everything. The
        # meals and suggestion rules name the categories that go, so they go too: the scrolling
        # benchmark scrolls items.
        grown["categories"] = categories[:1]
        grown.pop("combos", None)
        grown.pop("upsell", None)
    return grown


def price(cents):
    return f"${cents // 100}.{cents % 100:02d}"


def menu_html(menu, store_name):
    first = menu["categories"][0]["id"]
    rail = "\n".join(
        f'<li class="{"selected" if c["id"] == first else ""}"><img src="{html.escape(c["image"])}" alt="">'
        f'<span>{html.escape(c["name"]["en"])}</span></li>'
        for c in menu["categories"])
    cards = []
    for item in menu["items"]:
        if item["category"] != first:
            continue
        allergens = " ".join(f'<span class="allergen">{html.escape(a)}</span>' for a in item.get("allergens", []))
        sold_out = "" if item.get("available", True) else '<span class="soldout">Sold out</span>'
        cards.append(
            f'<article class="card"><img src="{html.escape(item["image"])}" alt="">'
            f'<h3>{html.escape(item["name"]["en"])}</h3>'
            f'<p class="meta"><b>{price(item["price_cents"])}</b> · {item.get("calories", 0)} Cal</p>'
            f'<p>{allergens}</p>{sold_out}</article>')
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(store_name)}</title>
<style>
body {{ margin: 0; font-family: sans-serif; background: #f6f3ee; width: 1080px; height: 1920px; overflow: hidden; }}
header {{ height: 120px; background: #1F6F5C; color: white; display: flex; align-items: center; padding: 0 32px; font-size: 40px; }}
main {{ display: flex; height: 1800px; }}
ul {{ list-style: none; margin: 0; padding: 16px; width: 260px; overflow-y: auto; }}
li {{ display: flex; flex-direction: column; align-items: center; padding: 12px; border-radius: 16px; font-size: 24px; }}
li.selected {{ background: #F2A541; }}
li img {{ width: 120px; height: 120px; border-radius: 16px; }}
section {{ flex: 1; display: grid; grid-template-columns: repeat(2, 1fr); gap: 24px; padding: 24px; overflow-y: auto; align-content: start; }}
.card {{ background: white; border-radius: 24px; padding: 16px; box-shadow: 0 2px 8px #0002; }}
.card img {{ width: 100%; aspect-ratio: 4 / 3; object-fit: cover; border-radius: 16px; }}
.card h3 {{ font-size: 30px; margin: 12px 0 4px; }}
.meta {{ font-size: 26px; margin: 0; }}
.allergen {{ font-size: 18px; background: #eee; border-radius: 8px; padding: 2px 8px; margin-right: 4px; }}
.soldout {{ color: #a00; font-weight: bold; }}
</style></head>
<body><header>{html.escape(store_name)}</header><main><ul>{rail}</ul><section>{"".join(cards)}</section></main>
<script>
// Two animation frames after load: the first frame with the menu is on screen.
window.addEventListener("load", () => requestAnimationFrame(() => requestAnimationFrame(() => {{
  fetch("/painted", {{method: "POST"}});
}})));
</script></body></html>
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sample")
    parser.add_argument("out")
    parser.add_argument("--items", type=int, required=True)
    parser.add_argument("--single-category", action="store_true")
    parser.add_argument("--html", action="store_true")
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.sample, "kiosk.json")) as f:
        kiosk = json.load(f)
    kiosk["data_dir"] = "data"
    with open(os.path.join(args.out, "kiosk.json"), "w") as f:
        json.dump(kiosk, f, indent=1)
    images = os.path.join(args.out, "images")
    # Copied, not linked: the kiosk refuses images that lead out of the config folder.
    if os.path.islink(images):
        os.remove(images)
    if not os.path.exists(images):
        shutil.copytree(os.path.join(args.sample, "images"), images)
    for extra in ("backend.token",):
        if os.path.exists(os.path.join(args.sample, extra)):
            shutil.copy(os.path.join(args.sample, extra), args.out)
    with open(os.path.join(args.sample, "menu.json")) as f:
        menu = grow_menu(json.load(f), args.items, args.single_category)
    with open(os.path.join(args.out, "menu.json"), "w") as f:
        json.dump(menu, f, indent=1)
    if args.html:
        with open(os.path.join(args.out, "menu.html"), "w") as f:
            f.write(menu_html(menu, kiosk["store_name"]))


if __name__ == "__main__":
    main()
