"""`dutchfacts info`: which pipeline, which rule files and which dutchfacts version a run uses."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from spacy.language import Language

from . import __version__
from .pipeline import model_info, rule_source_of

# Measured scores are stored as floats: 0.938 comes back as 0.9380000000000001.
DIGITS = 4


def rounded(value):
    if isinstance(value, float):
        return round(value, DIGITS)
    if isinstance(value, dict):
        return {key: rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [rounded(item) for item in value]
    return value


def pipeline_details(nlp: Language) -> dict:
    source = rule_source_of(nlp)
    return {
        **model_info(nlp),
        "dutchfacts": __version__,
        "path": nlp.meta.get("dutchfacts_model"),
        "components": nlp.pipe_names,
        "rules": {
            "folder": str(source.base),
            "overlay": str(source.overlay) if source.overlay else None,
            "files": source.names(),
        },
        "sources": nlp.meta.get("sources", []),
        "performance": rounded(nlp.meta.get("performance", {})),
    }


def performance_lines(performance: dict) -> list[str]:
    """`set/metric: score` entries grouped by evaluation set, one line a set."""
    by_set: dict[str, list[str]] = defaultdict(list)
    for key, score in performance.items():
        where, _, metric = key.rpartition("/")
        if isinstance(score, (int, float)):
            by_set[where or "overall"].append(f"{metric} {score:.3f}")
    return [f"  {where}: {', '.join(scores)}" for where, scores in by_set.items()]


def details_text(details: dict) -> str:
    lines = [
        f"dutchfacts {details['dutchfacts']}",
        f"model       {details['name']} {details['version']}" + (f" ({details['path']})" if details["path"] else ""),
        f"components  {', '.join(details['components'])}",
        f"rule files  {details['rules']['folder']} ({len(details['rules']['files'])} files)",
        f"            {', '.join(details['rules']['files'])}",
    ]
    if details["rules"]["overlay"]:
        lines.append(f"overlay     {details['rules']['overlay']}")
    if details["sources"]:
        lines.append("trained on  " + "; ".join(source.get("name", "?") for source in details["sources"]))
    performance = performance_lines(details["performance"])
    lines.append("accuracy" + ("" if performance else "    not measured (no model scores in its meta.json)"))
    lines.extend(performance)
    lines.append("--json gives all of this as JSON; training/MODEL_CARD.md explains the scores.")
    return "\n".join(lines)
