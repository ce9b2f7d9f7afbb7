#!/usr/bin/python3
"""A bar chart comparable to `tigerscope export-chart --chart financing`, drawn by matplotlib.

The reference side of bench_export_chart.sh: the whole process (interpreter start, imports,
layout, rendering, PNG encoding) is what is timed. Synthetic numbers; run with Debian's
/usr/bin/python3 and python3-matplotlib.
"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main(out):
    categories = ["Financing round", "Funds raised within a period", "Valuation"]
    values = [3.0, 1.5, 20.0]
    fig, ax = plt.subplots(figsize=(12, 7.5), dpi=200)
    bars = ax.barh(categories, values, color="#332288", label="Company A")
    ax.bar_label(bars, labels=[f"{v:g} bn" for v in values], padding=4)
    ax.invert_yaxis()
    ax.set_xlabel("Chinese yuan (billion)")
    ax.grid(axis="x", color="#dddddd")
    ax.set_axisbelow(True)
    ax.legend(loc="lower right")
    fig.suptitle("Financing and valuation", x=0.02, ha="left", fontsize=18, fontweight="bold")
    ax.set_title("Latest round, funds raised within a period and valuation, by company", loc="left",
                 fontsize=11, color="#555555")
    fig.text(0.02, 0.02, "Sources: Outlet, \u201cArticle title\u201d, 26 Mar 2025", fontsize=9, color="#555555")
    fig.subplots_adjust(left=0.2, bottom=0.14)
    fig.savefig(out, format="png")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "matplotlib_bar.png")
