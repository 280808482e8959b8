"""What the fit scripts (fit-fallback.py, fit-scope.py) share: reading bench:extract reports and folding by site."""
import json
import zlib

FOLDS = 5


def pages_of(report_file):
    """Every scored page of a bench:extract report: (set name, page id) -> (page, Lectern's F1)."""
    report = json.load(open(report_file))
    pages = {}
    for dataset in report["datasets"]:
        if dataset["kind"] == "readability":  # recall against Readability's output: not a truth to fit on
            continue
        for page in dataset["results"]:
            score = page["scores"].get("ours")
            if score is not None:
                pages[(dataset["name"], page["id"])] = (page, score["f1"])
    return pages


def fold_of(site):
    """The cross-validation fold of a site: every page of a site in the same fold."""
    return zlib.crc32(site.encode()) % FOLDS
