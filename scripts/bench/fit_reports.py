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


def paired_rows(off_file, other_file, log_file):
    """Each page of the run without the step beside the run that always took it, with what the second run logged.

    One row per page of the OFF report: its site (the fold key), set name, F1 without the step ("off"), F1 with it
    ("other"; the OFF score when the other run lacks the page) and the JSON line logged for its URL ("log"; None
    when the step did not weigh the page).
    """
    other = pages_of(other_file)
    logged = {}
    for line in open(log_file):
        entry = json.loads(line)
        logged[entry["url"]] = entry
    return [
        {
            "site": page.get("site") or page["url"],
            "set": key[0],
            "off": f1_off,
            "other": other[key][1] if key in other else f1_off,
            "log": logged.get(page["url"]),
        }
        for key, (page, f1_off) in pages_of(off_file).items()
    ]


def fold_of(site):
    """The cross-validation fold of a site: every page of a site in the same fold."""
    return zlib.crc32(site.encode()) % FOLDS


def cross_validate(rows, fit, score, name):
    """Mean F1 of each fold's pages under the setting `fit` chose on the other folds' sites; prints each fold's choice."""
    held_out = 0.0
    for fold in range(FOLDS):
        train = [r for r in rows if fold_of(r["site"]) != fold]
        test = [r for r in rows if fold_of(r["site"]) == fold]
        setting = fit(train)
        held_out += score(test, setting) * len(test)
        print(f"  fold {fold}: fitted {name} {setting} on {len(train)} pages, scored {len(test)}")
    print(f"5-fold cross-validation grouped by site: mean F1 {held_out / len(rows):.4f}")
